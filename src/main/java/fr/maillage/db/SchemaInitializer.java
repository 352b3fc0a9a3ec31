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
 * migration that finds nothing left to do the second time), so this can run at every start.
 */
@Component
public class SchemaInitializer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private final Graph graph;

    public SchemaInitializer(Graph graph) {
        this.graph = graph;
    }

    @PostConstruct
    public void apply() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/schema/*.cypher");
        List<String> names = Arrays.stream(files).map(Resource::getFilename).sorted().toList();
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
