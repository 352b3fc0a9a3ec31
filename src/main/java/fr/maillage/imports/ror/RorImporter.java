package fr.maillage.imports.ror;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.springframework.stereotype.Service;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import fr.maillage.api.BadParameterException;
import fr.maillage.db.Graph;
import fr.maillage.imports.ImportOutcome;
import fr.maillage.imports.ImportRequester;
import fr.maillage.imports.derived.DerivedBundle;

/**
 * Imports structures from the Répertoire Opérationnel des Ressources (import ROR): a FHIR R4 Bundle is
 * mapped to {@code structures.csv} rows ({@link RorMapper}), which go through the bundle importer like
 * any pilot's file, so the ROR's structures are validated and written exactly as contract rows are.
 */
@Service
public class RorImporter {

    /** What an import of a Bundle did: the bundle import (null when no structure mapped) and the mapping. */
    public record RorOutcome(ImportOutcome imported, RorMapping mapping) {
    }

    private final Graph graph;
    private final DerivedBundle bundles;
    private final RorCodes codes = RorCodes.load();

    public RorImporter(Graph graph, DerivedBundle bundles) {
        this.graph = graph;
        this.bundles = bundles;
    }

    /** HAPI's FHIR context takes seconds to build: only when a first Bundle comes. */
    private static final class Fhir {
        static final FhirContext R4 = FhirContext.forR4();
    }

    /**
     * @param requester who asks: the mapped structures must lie within their scope
     * @throws BadParameterException when the body is no FHIR R4 Bundle in JSON
     */
    public RorOutcome importBundle(String json, ImportRequester requester) {
        Bundle bundle;
        try {
            bundle = Fhir.R4.newJsonParser().parseResource(Bundle.class, json);
        } catch (DataFormatException e) {
            throw new BadParameterException("body", "Le corps n'est pas un Bundle FHIR R4 en JSON : " + e.getMessage());
        } catch (RuntimeException e) {
            // Shapes HAPI's parser trips over instead of refusing them (another resource than a Bundle,
            // an entry whose resource is null): its message names its classes, nothing the sender can use.
            throw new BadParameterException("body", "Le corps n'est pas un Bundle FHIR R4 en JSON : une autre ressource "
                    + "FHIR, ou une entrée sans ressource");
        }
        RorMapping mapping = new RorMapper(codes).map(bundle, this::territoriesByCommune);
        if (mapping.structures().isEmpty()) {
            return new RorOutcome(null, mapping);
        }
        List<List<Object>> rows = mapping.structures().stream().<List<Object>>map(row -> List.of(row.id(), row.name(),
                row.type(), row.sector(), String.join(";", row.territoryIds()), String.join(";", row.domains()))).toList();
        return new RorOutcome(bundles.importFile("structures.csv",
                List.of("id", "name", "type", "sector", "territory_ids", "domains"), rows, requester), mapping);
    }

    private Map<String, String> territoriesByCommune(Set<String> codes) {
        Map<String, String> found = new HashMap<>();
        graph.read("imports/ror/territories-by-commune.cypher", Map.of("codes", List.copyOf(codes)),
                r -> found.put(r.get("code").asString(), r.get("territoryId").asString()));
        return found;
    }
}
