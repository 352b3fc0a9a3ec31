package fr.maillage.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the app runs on its embedded database: while {@code spring.neo4j.uri} is unset.
 * Setting it hands the app to a Neo4j server, cluster or Aura through Spring Boot's own driver
 * configuration.
 */
public final class EmbeddedMode implements Condition {

    public static boolean in(Environment environment) {
        return environment.getProperty("spring.neo4j.uri", "").isBlank();
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return in(context.getEnvironment());
    }
}
