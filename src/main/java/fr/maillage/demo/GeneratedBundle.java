package fr.maillage.demo;

import java.nio.file.Path;
import java.util.Map;

/** A bundle written by {@link BundleGenerator}: its folder and the rows of each file (headers excluded). */
public record GeneratedBundle(Path folder, Map<String, Long> rows) {

    public GeneratedBundle {
        rows = Map.copyOf(rows);
    }

    /** Rows of every file together. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
