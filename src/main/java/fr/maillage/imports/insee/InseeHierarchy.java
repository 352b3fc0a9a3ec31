package fr.maillage.imports.insee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import fr.maillage.api.BadParameterException;

/**
 * The official hierarchy of a DAC's communes (hiérarchie officielle): région -> département -> the DAC
 * territory -> its communes, as {@code territories.csv} rows. A territory already carrying the same
 * kind and INSEE code keeps its id, so running it twice, or for two DACs of one département, shares
 * the région and the département.
 */
final class InseeHierarchy {

    private InseeHierarchy() {
    }

    /**
     * @param existing for a kind and INSEE code, the id of the territory that already carries them, or null
     * @return the rows, parents first
     * @throws BadParameterException when a code is no commune of the COG, or the list is empty
     */
    static List<InseeTerritory> of(Cog cog, String territoryId, String territoryName, List<String> communeCodes,
                        BiFunction<String, String, String> existing) {
        if (communeCodes == null || communeCodes.isEmpty()) {
            throw new BadParameterException("communes", "La liste « communes » est vide : donnez les codes INSEE des communes du territoire");
        }
        Set<String> unknown = new TreeSet<>();
        List<Cog.Commune> communes = new ArrayList<>();
        for (String code : new TreeSet<>(communeCodes)) {
            cog.commune(code).ifPresentOrElse(communes::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            throw new BadParameterException("communes", "Codes commune inconnus du Code officiel géographique : " + String.join(", ", unknown));
        }

        Map<String, InseeTerritory> rows = new LinkedHashMap<>();
        Set<String> regionIds = new TreeSet<>();
        Set<String> departementIds = new TreeSet<>();
        for (Cog.Commune commune : communes) {
            Cog.Departement departement = cog.departement(commune.departement());
            Cog.Region region = cog.region(departement.region());
            String regionId = id(existing, "region", region.code());
            rows.putIfAbsent(regionId, new InseeTerritory(regionId, region.nom(), "region", null, null, region.code()));
            String departementId = id(existing, "departement", departement.code());
            rows.putIfAbsent(departementId, new InseeTerritory(departementId, departement.nom(), "departement", regionId, null, departement.code()));
            regionIds.add(regionId);
            departementIds.add(departementId);
        }
        // A DAC spanning départements hangs under their common région, or under nothing.
        String parent = departementIds.size() == 1 ? departementIds.iterator().next()
                : regionIds.size() == 1 ? regionIds.iterator().next() : null;
        long population = communes.stream().mapToLong(c -> c.population() == null ? 0 : c.population()).sum();
        rows.put(territoryId, new InseeTerritory(territoryId, territoryName, "territoire", parent, population, null));
        for (Cog.Commune commune : communes) {
            String id = id(existing, "commune", commune.code());
            rows.put(id, new InseeTerritory(id, commune.nom(), "commune", territoryId, commune.population(), commune.code()));
        }
        return List.copyOf(rows.values());
    }

    private static String id(BiFunction<String, String, String> existing, String kind, String code) {
        String id = existing.apply(kind, code);
        return id != null ? id : "insee-" + kind + "-" + code;
    }
}
