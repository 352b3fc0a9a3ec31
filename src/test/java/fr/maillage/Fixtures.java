package fr.maillage;

import java.nio.file.Path;

import org.neo4j.driver.Driver;

import fr.maillage.imports.BundleImporter;

/** Loads a hand-built fixture bundle of {@code src/test/resources} into an empty graph. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Empties the graph, then imports {@code src/test/resources/<folder>} through the real importer. */
    public static void load(Driver driver, BundleImporter importer, String folder) {
        TestGraph.clear(driver);
        importer.importBundle(Path.of("src/test/resources", folder));
    }
}
