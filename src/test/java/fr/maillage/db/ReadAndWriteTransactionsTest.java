package fr.maillage.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.QueryType;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.ServerPass;

/**
 * On a cluster or Aura a read transaction goes to a secondary, which refuses writes: every read of
 * the app must be a read transaction that only reads, and every write a write transaction. On the
 * embedded database (the first pass) and on a Neo4j server (the server pass) alike.
 */
@MaillageTest
class ReadAndWriteTransactionsTest {

    /** How the app's code names a query it reads with: {@code graph.read("x.cypher"} or {@code graph.readUnbounded(…}. */
    private static final Pattern READ_CALL = Pattern.compile("graph\\.(read|readUnbounded)\\(\\s*(\"([^\"]+)\")?");

    @Autowired Graph graph;
    @Autowired Driver driver;

    @AfterEach
    void removeProbes() {
        try (Session session = driver.session()) {
            session.run("MATCH (probe:AccessModeProbe) DELETE probe").consume();
        }
    }

    private long probes() {
        return graph.read("db-access/count-probes.cypher", Map.of(), r -> r.get("probes").asLong()).get(0);
    }

    @Test
    void aWriteSentThroughAReadIsRefusedByTheDatabaseAndWritesNothing() {
        Throwable refused = catchThrowable(() -> graph.read("db-access/write-in-a-read.cypher", Map.of("at", 1),
                r -> r.get("created").asLong()));

        assertThat(refused).isNotNull();
        if (ServerPass.on()) {
            // The server's own refusal of a write in a transaction the driver began as a read.
            assertThat(refused).isInstanceOf(Neo4jException.class);
            assertThat(((Neo4jException) refused).code()).isEqualTo("Neo.ClientError.Statement.AccessMode");
        } else {
            assertThat(refused).hasMessageContaining("READ");
        }
        assertThat(probes()).isZero();
    }

    @Test
    void theSameWriteGoesThroughAWriteTransaction() {
        List<Long> created = graph.write("db-access/write-in-a-read.cypher", Map.of("at", 2), r -> r.get("created").asLong());

        assertThat(created).containsExactly(1L);
        assertThat(probes()).isEqualTo(1);
    }

    /**
     * Every query the app reads with, as the database plans it (EXPLAIN runs nothing): read-only.
     * Queries no test happens to run are checked too, so a write slipped into a read file is caught
     * before a cluster refuses it.
     */
    @Test
    void everyQueryTheAppReadsWithIsReadOnly() throws IOException {
        List<String> unnamed = new ArrayList<>();
        TreeSet<String> files = new TreeSet<>();
        List<String> cypher;
        try (Stream<Path> all = Files.walk(Path.of("cypher"))) {
            cypher = all.map(p -> Path.of("cypher").relativize(p).toString()).filter(p -> p.endsWith(".cypher")).toList();
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher call = READ_CALL.matcher(Files.readString(source));
                while (call.find()) {
                    // A name built from a literal start ("imports/scope-" + file) stands for every file so named.
                    String named = call.group(3);
                    List<String> matching = named == null ? List.of()
                            : cypher.stream().filter(f -> named.endsWith(".cypher") ? f.equals(named) : f.startsWith(named)).toList();
                    if (matching.isEmpty()) {
                        unnamed.add(source.getFileName() + ": " + call.group());
                    }
                    files.addAll(matching);
                }
            }
        }
        // A file named by a variable would escape this check: every read names its file or its files' start.
        assertThat(unnamed).isEmpty();

        List<String> notReadOnly = new ArrayList<>();
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            for (String file : files) {
                QueryType type = session.run("EXPLAIN " + CypherFiles.load(file)).consume().queryType();
                if (type != QueryType.READ_ONLY) {
                    notReadOnly.add(file + " : " + type);
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(50);
        assertThat(notReadOnly).isEmpty();
    }
}
