package fr.maillage.imports.ror;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The mapping of the ROR's nomenclatures to the contract's codes (table de correspondance), read from
 * {@code ror/codes.csv}: FINESS categories give a structure's type and sector, activity codes its domains.
 */
final class RorCodes {

    static final String CATEGORY = "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement";
    static final String COMMUNE = "https://mos.esante.gouv.fr/NOS/TRE_R13-Commune/FHIR/TRE-R13-Commune";
    private static final Map<String, String> SYSTEMS = Map.of(
            "R66", CATEGORY,
            "R211", "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle",
            "R265", "https://mos.esante.gouv.fr/NOS/TRE_R265-PrestationPilotageSerafin/FHIR/TRE-R265-PrestationPilotageSerafin",
            "R266", "https://mos.esante.gouv.fr/NOS/TRE_R266-FamilleActiviteOperationnelleHorsSerafin/FHIR/TRE-R266-FamilleActiviteOperationnelleHorsSerafin");

    /** What one code maps to: a type and sector (FINESS category) or a domain (activity). */
    record Target(String type, String sector, String domain) {
    }

    private final Map<String, Target> targets;

    private RorCodes(Map<String, Target> targets) {
        this.targets = targets;
    }

    static RorCodes load() {
        Map<String, Target> targets = new HashMap<>();
        try (Reader reader = new InputStreamReader(RorCodes.class.getResourceAsStream("/ror/codes.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                targets.put(key(SYSTEMS.get(row.get("system")), row.get("code")),
                        new Target(blankToNull(row.get("type")), blankToNull(row.get("sector")), blankToNull(row.get("domain"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RorCodes(targets);
    }

    /** Whether codes of this system give domains: their unknown codes are then reported. */
    boolean isActivitySystem(String system) {
        return system != null && !system.equals(CATEGORY) && SYSTEMS.containsValue(system);
    }

    Optional<Target> find(String system, String code) {
        return Optional.ofNullable(targets.get(key(system, code)));
    }

    private static String key(String system, String code) {
        return system + "|" + code;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
