package fr.maillage.exports;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the readers researchers use on an export, each in its own process: Gephi's importer
 * (gephi-toolkit, copied to {@code target/gephi/} by the build) and Python's networkx (Debian's
 * {@code python3-networkx}). A test is skipped, not failed, where the reader is absent.
 */
final class ExternalReaders {

    private static final Path GEPHI_JAR = Path.of("target/gephi/gephi-toolkit-all.jar");
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private ExternalReaders() {
    }

    /** What Gephi sees in a GEXF file, as the {@code key=value} lines of {@code src/test/gephi/GephiReadBack.java}. */
    static Map<String, String> gephi(Path gexf) throws Exception {
        assumeTrue(Files.isRegularFile(GEPHI_JAR), "gephi-toolkit absent (build with -Dgephi.skip=false)");
        String java = ProcessHandle.current().info().command().orElse("java");
        Map<String, String> seen = new LinkedHashMap<>();
        for (String line : run(List.of(java, "-Djava.awt.headless=true", "-Duser.timezone=UTC", "-cp", GEPHI_JAR.toString(),
                "src/test/gephi/GephiReadBack.java", gexf.toString()))) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                seen.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return seen;
    }

    /** What networkx sees in a CSV zip and a GraphML file (see {@code read_with_networkx.py}). */
    static JsonNode networkx(Path csvZip, Path graphml) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 absent");
        assumeTrue(run(List.of(PYTHON.toString(), "-c", "import networkx; print('ok')")).contains("ok"),
                "networkx absent (apt-get install python3-networkx)");
        Path script = Path.of("src/test/resources/exports/read_with_networkx.py");
        List<String> out = run(List.of(PYTHON.toString(), script.toString(), csvZip.toString(), graphml.toString()));
        return JsonMapper.builder().build().readTree(out.get(out.size() - 1));
    }

    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("maillage-reader", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Délai dépassé : " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " a échoué :\n" + Files.readString(errors));
            }
            return lines;
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
