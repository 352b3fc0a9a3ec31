package fr.maillage.db;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

/**
 * Applies {@code cypher/schema/*.cypher} at start-up, in file-name order, in both embedded and
 * server mode. Every statement there is idempotent ({@code IF NOT EXISTS}, {@code IF EXISTS}, or a
 * migration that finds nothing left to do the second time), so this can run at every start. App
 * instances starting together on one server apply it one after the other, under the lease
 * {@value #LEASE} ({@link Leases}): two creating one index at once may fail.
 */
@Component
public class SchemaInitializer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    static final String LEASE = "schema";

    private final Graph graph;
    private final Leases leases;

    public SchemaInitializer(Graph graph, Leases leases) {
        this.graph = graph;
        this.leases = leases;
    }

    @PostConstruct
    public void apply() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/schema/*.cypher");
        List<String> names = Arrays.stream(files).map(Resource::getFilename).sorted().toList();
        try (Lease lease = leases.takeForThisInstance(LEASE)) {
            apply(names);
        }
    }

    private void apply(List<String> names) {
        int count = 0;
        // One transaction a statement: a schema change cannot share its transaction with writes.
        for (String name : names) {
            for (String statement : CypherFiles.statements("schema/" + name)) {
                graph.inWriteTransaction(statements -> statements.run(statement, Map.of()));
                count++;
            }
        }
        graph.inWriteTransaction(statements -> statements.run("CALL db.awaitIndexes(300)", Map.of()));
        log.info("Schéma appliqué : {} instructions depuis {}", count, names);
    }
}
