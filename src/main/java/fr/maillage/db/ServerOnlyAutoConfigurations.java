package fr.maillage.db;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Spring Boot's Neo4j auto-configurations (driver, its health check, Spring Data Neo4j) out
 * on the embedded database, which {@link EmbeddedDatabaseConfiguration} wires itself. With Bolt
 * off there is no driver of ours, and Spring Boot would otherwise make one for
 * {@code bolt://localhost:7687}, to whatever answers there. Registered in
 * {@code META-INF/spring.factories}.
 */
public class ServerOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String[] PACKAGES = {"org.springframework.boot.neo4j.", "org.springframework.boot.data.neo4j."};

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean embedded = EmbeddedMode.in(environment);
        boolean[] kept = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = !embedded || !isNeo4j(autoConfigurationClasses[i]);
        }
        return kept;
    }

    private static boolean isNeo4j(String className) {
        if (className == null) {
            return false;
        }
        for (String name : PACKAGES) {
            if (className.startsWith(name)) {
                return true;
            }
        }
        return false;
    }
}
