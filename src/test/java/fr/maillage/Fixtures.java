package fr.maillage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;

import fr.maillage.imports.BundleImporter;

/** Loads a hand-built fixture bundle of {@code src/test/resources} into an empty graph. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Empties the graph, then imports the CSV files of {@code src/test/resources/<folder>} through
     * the real importer. They are imported from a copy because a bundle holds contract files only,
     * while a fixture folder also carries the README.md with its expected answers.
     */
    public static void load(Driver driver, BundleImporter importer, String folder) {
        TestGraph.clear(driver);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources", folder))) {
            Path bundle = Files.createTempDirectory("fixture-");
            for (Path csv : files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                Files.copy(csv, bundle.resolve(csv.getFileName()));
            }
            importer.importBundle(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
