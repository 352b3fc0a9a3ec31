package fr.maillage.imports;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import fr.maillage.MaillageApplication;

/**
 * The command-line import run as the user runs it, in a JVM of its own on the test classpath:
 * {@code java -cp … MaillageApplication import <bundle> --maillage.data-dir=<store>}, and the
 * content of its store read afterwards.
 */
final class ForkedImport {

    private ForkedImport() {
    }

    record Run(int exitCode, String output) {
    }

    /** Runs the import to its end. */
    static Run run(Path store, Path bundle, String... options) throws IOException, InterruptedException {
        Process process = start(store, bundle, options);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return new Run(process.exitValue(), output);
    }

    /** Starts the import; its log and answer come on the process's standard output. */
    static Process start(Path store, Path bundle, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                // C1 alone: these JVMs live seconds at CI size, and start on about 40 % less CPU.
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), MaillageApplication.class.getName(),
                "import", bundle.toString(), "--maillage.data-dir=" + store, "--maillage.page-cache-bytes=67108864"));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).redirectErrorStream(true).directory(new File(".")).start();
    }

    /** Opens the store as Neo4j does after a crash (its own recovery, not the app's) and reads its content. */
    static GraphContent content(Path store) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(store)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024).build();
        try {
            return GraphContent.of(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
        } finally {
            dbms.shutdown();
        }
    }
}
