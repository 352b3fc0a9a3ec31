package fr.maillage.imports.insee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * INSEE's Code officiel géographique (COG) as the npm package {@code @etalab/decoupage-administratif}
 * ships it: {@code communes.json}, {@code departements.json} and {@code regions.json} in one folder
 * (the package's {@code data/}). Only what the hierarchy needs is read.
 */
public final class Cog {

    public record Commune(String code, String nom, String type, String departement, String region, Long population) {
    }

    public record Departement(String code, String nom, String region) {
    }

    public record Region(String code, String nom) {
    }

    private final Map<String, Commune> communes;
    private final Map<String, Departement> departements;
    private final Map<String, Region> regions;

    private Cog(Map<String, Commune> communes, Map<String, Departement> departements, Map<String, Region> regions) {
        this.communes = communes;
        this.departements = departements;
        this.regions = regions;
    }

    /** Reads the three files of {@code folder}. */
    public static Cog read(Path folder) {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try {
            Map<String, Commune> communes = new LinkedHashMap<>();
            for (Commune commune : json.readValue(Files.readString(folder.resolve("communes.json")), new TypeReference<List<Commune>>() { })) {
                // A code names one current commune; associated or delegated former communes share it.
                if ("commune-actuelle".equals(commune.type()) || !communes.containsKey(commune.code())) {
                    communes.put(commune.code(), commune);
                }
            }
            Map<String, Departement> departements = new LinkedHashMap<>();
            json.readValue(Files.readString(folder.resolve("departements.json")), new TypeReference<List<Departement>>() { })
                    .forEach(d -> departements.put(d.code(), d));
            Map<String, Region> regions = new LinkedHashMap<>();
            json.readValue(Files.readString(folder.resolve("regions.json")), new TypeReference<List<Region>>() { })
                    .forEach(r -> regions.put(r.code(), r));
            return new Cog(communes, departements, regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(communes.get(code));
    }

    public Departement departement(String code) {
        return departements.get(code);
    }

    public Region region(String code) {
        return regions.get(code);
    }
}
