package fr.maillage.imports.insee;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import fr.maillage.db.Graph;
import fr.maillage.imports.ImportOutcome;
import fr.maillage.imports.ImportRequester;
import fr.maillage.imports.derived.DerivedBundle;

/**
 * Territories by official codes (territoires par codes INSEE): from a DAC's list of INSEE commune
 * codes, the commune -> DAC territory -> département -> région chain of the Code officiel géographique,
 * written through the bundle importer as {@code territories.csv} rows with their {@code insee_code}.
 */
@Service
public class InseeTerritories {

    /** The rows written and the bundle import that wrote them. */
    public record Outcome(ImportOutcome imported, List<InseeTerritory> territories) {
    }

    /** No COG folder configured: the helper cannot run (answered 503). */
    public static class NotConfiguredException extends RuntimeException {
        NotConfiguredException() {
            super("Référentiel INSEE non configuré : installez le paquet npm @etalab/decoupage-administratif "
                    + "et indiquez son dossier data/ avec --maillage.insee.cog-dir=DOSSIER");
        }
    }

    private final Graph graph;
    private final DerivedBundle bundles;
    private final String cogDir;
    private volatile Cog cog;

    public InseeTerritories(Graph graph, DerivedBundle bundles, @Value("${maillage.insee.cog-dir:}") String cogDir) {
        this.graph = graph;
        this.bundles = bundles;
        this.cogDir = cogDir;
    }

    /**
     * @param requester who asks: the whole chain must lie within their scope
     * @throws NotConfiguredException when no COG folder is configured ({@code maillage.insee.cog-dir})
     * @throws fr.maillage.api.BadParameterException for an empty list or codes the COG does not know
     */
    public Outcome createDac(String territoryId, String name, List<String> communeCodes, ImportRequester requester) {
        Map<String, String> existing = new HashMap<>();
        graph.read("imports/insee/coded-territories.cypher", Map.of(),
                r -> existing.put(r.get("kind").asString() + "|" + r.get("code").asString(), r.get("id").asString()));
        List<InseeTerritory> rows = InseeHierarchy.of(cog(), territoryId, name, communeCodes,
                (kind, code) -> existing.get(kind + "|" + code));
        List<List<Object>> csv = rows.stream().<List<Object>>map(row -> Arrays.asList(row.id(), row.name(),
                row.kind(), row.parentId(), row.population(), row.inseeCode())).toList();
        return new Outcome(bundles.importFile("territories.csv",
                List.of("id", "name", "kind", "parent_id", "population", "insee_code"), csv, requester), rows);
    }

    private Cog cog() {
        if (cog == null) {
            if (cogDir.isBlank()) {
                throw new NotConfiguredException();
            }
            cog = Cog.read(Path.of(cogDir));
        }
        return cog;
    }
}
