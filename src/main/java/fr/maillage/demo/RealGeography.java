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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import fr.maillage.demo.BundleSpec.Area;
import fr.maillage.demo.BundleSpec.Place;
import fr.maillage.demo.BundleSpec.Setting;
import fr.maillage.demo.BundleSpec.TerritorySpec;

/**
 * The demo's real geography (géographie réelle): a région, a département and the communes of
 * the demo's territories, with their INSEE codes, official names and populations, read from
 * {@code demo/nievre.csv}. That file is derived from INSEE's Code officiel géographique as
 * {@code @etalab/decoupage-administratif} ships it (Licence Ouverte / Etalab 2.0) by
 * {@code demo/make-nievre.py}; see {@code demo/README.md} there.
 */
final class RealGeography {

    private static final String RESOURCE = "/demo/nievre.csv";

    private final Area region;
    private final Area departement;
    private final Map<String, List<Place>> places;

    private RealGeography(Area region, Area departement, Map<String, List<Place>> places) {
        this.region = region;
        this.departement = departement;
        this.places = places;
    }

    /** The Nièvre (58) in Bourgogne-Franche-Comté (27). */
    static RealGeography nievre() {
        Area region = null;
        Area departement = null;
        Map<String, List<Place>> places = new LinkedHashMap<>();
        try (InputStream in = RealGeography.class.getResourceAsStream(RESOURCE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String name = row.get("name");
                long population = Long.parseLong(row.get("population"));
                String old = row.get("population_75_plus");
                Long population75Plus = old.isEmpty() ? null : Long.valueOf(old);
                switch (row.get("kind")) {
                    case "region" -> region = new Area(BundleGenerator.slug(name), name, population, population75Plus,
                            row.get("insee_code"));
                    case "departement" -> departement = new Area(BundleGenerator.slug(name), name, population,
                            population75Plus, row.get("insee_code"));
                    default -> places.computeIfAbsent(row.get("territory"), t -> new ArrayList<>()).add(new Place(
                            BundleGenerator.slug(name), name, population, population75Plus, row.get("insee_code")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RealGeography(region, departement, places);
    }

    Area region() {
        return region;
    }

    Area departement() {
        return departement;
    }

    /** The territory made of the communes the file gives it; its population is theirs. */
    TerritorySpec territory(String id, String name, Setting setting, int structures, int persons, int referralsPerYear) {
        List<Place> communes = places.get(id);
        long population = communes.stream().mapToLong(Place::population).sum();
        long population75Plus = communes.stream().mapToLong(Place::population75Plus).sum();
        return new TerritorySpec(id, name, setting, List.of(), communes, population, population75Plus, structures,
                persons, referralsPerYear);
    }
}
