package fr.maillage.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the queries kept in the top-level {@code cypher/} folder (packaged under
 * {@code cypher/} on the classpath), so no query lives in a Java string.
 */
public final class CypherFiles {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherFiles() {
    }

    /** The whole text of {@code cypher/<path>}, e.g. {@code load("analysis/orphans.cypher")}. */
    public static String load(String path) {
        return CACHE.computeIfAbsent(path, CypherFiles::read);
    }

    /**
     * The statements of a file holding several, separated by {@code ;} at the end of a line.
     * Line comments ({@code //}) are dropped so a comment may mention a semicolon.
     */
    public static List<String> statements(String path) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : load(path).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String path) {
        String resource = "cypher/" + path;
        try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Fichier Cypher introuvable : " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
