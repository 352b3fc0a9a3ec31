package fr.maillage.imports.ror;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;

/** The sample Bundle of {@code src/test/resources/ror/} against the answers worked out in its README. */
class RorMapperTest {

    private static final Map<String, String> COMMUNES = Map.of(
            "58194", "nevers", "58303", "varennes", "58088", "coulanges", "58117", "fourchambault");

    static RorMapping mapSample(Map<String, String> communes) throws Exception {
        Bundle bundle = FhirContext.forR4().newJsonParser()
                .parseResource(Bundle.class, Files.readString(Path.of("src/test/resources/ror/bundle-nevers.json")));
        return new RorMapper(RorCodes.load()).map(bundle, codes -> {
            Map<String, String> found = new HashMap<>();
            codes.forEach(code -> {
                if (communes.containsKey(code)) {
                    found.put(code, communes.get(code));
                }
            });
            return found;
        });
    }

    @Test
    void organizationsWithAKnownFinessCategoryAndACommuneBecomeStructures() throws Exception {
        RorMapping mapping = mapSample(COMMUNES);
        assertThat(mapping.resources()).containsExactlyInAnyOrderEntriesOf(
                Map.of("Organization", 8L, "HealthcareService", 4L, "Location", 2L));
        assertThat(mapping.structures()).containsExactlyInAnyOrder(
                new RorMapping.Row("ror-580000045", "Centre hospitalier de l'agglomération de Nevers", "hopital", "sanitaire",
                        List.of("nevers"), List.of()),
                new RorMapping.Row("ror-580000011", "EHPAD Les Acacias", "ehpad", "medico_social",
                        List.of("varennes"), List.of("soutien_aidant", "vie_quotidienne")),
                new RorMapping.Row("ror-580000029", "SSIAD du Val de Nièvre", "ssiad", "medico_social",
                        List.of("fourchambault", "nevers"), List.of("medical")),
                new RorMapping.Row("ror-580000037", "Aide à domicile Quiétude Nevers", "saad", "medico_social",
                        List.of("nevers"), List.of("logement", "vie_quotidienne")),
                new RorMapping.Row("ror-580000052", "DAC 58 Appui Santé Nièvre", "dac", "medico_social",
                        List.of("coulanges"), List.of()));
    }

    @Test
    void unknownCategoriesActivitiesAndCommunesAreReportedNotGuessed() throws Exception {
        RorMapping mapping = mapSample(COMMUNES);
        assertThat(mapping.unmapped()).containsExactlyInAnyOrder(
                new RorMapping.Unmapped("Organization/eg-cds", "124", RorCodes.CATEGORY),
                new RorMapping.Unmapped("HealthcareService/hs-urgences", "157",
                        "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle"),
                new RorMapping.Unmapped("HealthcareService/hs-ssiad", "58095", RorCodes.COMMUNE),
                new RorMapping.Unmapped("Organization/eg-ehpad-decize", "58095", RorCodes.COMMUNE));
        assertThat(mapping.skipped()).extracting(RorMapping.Skipped::resource)
                .containsExactlyInAnyOrder("Organization/ej-ch", "Organization/eg-cds", "Organization/eg-ehpad-decize");
    }

    @Test
    void withoutAnyMaillageCommuneNoStructureIsMadeAndEveryCommuneIsReported() throws Exception {
        RorMapping mapping = mapSample(Map.of());
        assertThat(mapping.structures()).isEmpty();
        assertThat(mapping.unmapped()).filteredOn(u -> u.system().equals(RorCodes.COMMUNE)).extracting(RorMapping.Unmapped::code)
                .containsOnly("58194", "58303", "58088", "58117", "58095");
        assertThat(mapping.skipped()).hasSize(8);
        assertThat(Set.copyOf(mapping.skipped().stream().map(RorMapping.Skipped::resource).toList())).hasSize(8);
    }
}
