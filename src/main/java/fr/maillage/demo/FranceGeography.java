package fr.maillage.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * France's real régions, départements and communes (métropole and DROM) with their INSEE codes,
 * official names and populations, read from {@code demo/france.csv.gz}: derived from INSEE's Code
 * officiel géographique as {@code @etalab/decoupage-administratif} 6.0.0 ships it (Licence Ouverte /
 * Etalab 2.0) by {@code demo/make-france.py}; see {@code demo/README.md}.
 */
final class FranceGeography {

    private static final String RESOURCE = "/demo/france.csv.gz";

    /** A commune: its INSEE code, name and population municipale. */
    record Commune(String code, String name, long population) {
    }

    /** A département and its communes, largest first. */
    record Departement(String code, String name, List<Commune> communes) {
        long population() {
            return communes.stream().mapToLong(Commune::population).sum();
        }
    }

    record Region(String code, String name, List<Departement> departements) {
    }

    private FranceGeography() {
    }

    /** The 18 régions in code order, each with its départements in code order. */
    static List<Region> regions() {
        Map<String, String> regionNames = new LinkedHashMap<>();
        Map<String, String> regionOf = new LinkedHashMap<>();
        Map<String, String> departementNames = new LinkedHashMap<>();
        Map<String, List<Commune>> communes = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(FranceGeography.class.getResourceAsStream(RESOURCE));
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String code = row.get("insee_code");
                switch (row.get("kind")) {
                    case "region" -> regionNames.put(code, row.get("name"));
                    case "departement" -> {
                        departementNames.put(code, row.get("name"));
                        regionOf.put(code, row.get("parent"));
                    }
                    default -> communes.computeIfAbsent(row.get("parent"), d -> new ArrayList<>())
                            .add(new Commune(code, row.get("name"), Long.parseLong(row.get("population"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Region> regions = new ArrayList<>();
        regionNames.forEach((code, name) -> {
            List<Departement> departements = new ArrayList<>();
            departementNames.forEach((d, dName) -> {
                if (regionOf.get(d).equals(code)) {
                    departements.add(new Departement(d, dName, List.copyOf(communes.getOrDefault(d, List.of()))));
                }
            });
            regions.add(new Region(code, name, List.copyOf(departements)));
        });
        return List.copyOf(regions);
    }
}
