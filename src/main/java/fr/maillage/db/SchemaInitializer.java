package fr.maillage.db;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

/**
 * Applies {@code cypher/schema/*.cypher} at start-up, in file-name order, in both embedded and
 * server mode. Every statement there is written {@code IF NOT EXISTS}, so this is idempotent.
 */
@Component
public class SchemaInitializer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private final Driver driver;

    public SchemaInitializer(Driver driver) {
        this.driver = driver;
    }

    @PostConstruct
    public void apply() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/schema/*.cypher");
        List<String> names = Arrays.stream(files).map(Resource::getFilename).sorted().toList();
        int count = 0;
        try (Session session = driver.session()) {
            for (String name : names) {
                for (String statement : CypherFiles.statements("schema/" + name)) {
                    session.run(statement).consume();
                    count++;
                }
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        log.info("Schéma appliqué : {} instructions depuis {}", count, names);
    }
}
