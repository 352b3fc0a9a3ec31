package fr.maillage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The tests' second pass, on a Neo4j server (passe serveur): with {@code -Dmaillage.test.server=true}
 * every test app context gets a server of its own, {@link ForkedNeo4jServer} on a fresh folder
 * under {@code target/test-servers/}, and reaches it through {@code spring.neo4j.uri} as an
 * installation does, so no embedded database starts. One server per context, as each context has
 * its own embedded store in the first pass: Neo4j community holds one database, and two contexts
 * on one would see each other's users, imports and published version. The server stops with its
 * context. Registered in {@code META-INF/spring.factories}; the Maven profile {@code server} runs
 * the chosen test classes this way.
 */
public class ServerPass implements ContextCustomizerFactory {

    /** The system property that turns the pass on. */
    public static final String PROPERTY = "maillage.test.server";

    public static boolean on() {
        return Boolean.getBoolean(PROPERTY);
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return on() ? new OnForkedServer() : null;
    }

    /** Equal to every other, so that the contexts share and cache as in the first pass. */
    private record OnForkedServer() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            ForkedNeo4jServer server = ForkedNeo4jServer.start(Path.of("target/test-servers", UUID.randomUUID().toString()));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("forked-neo4j-server", Map.of(
                    "spring.neo4j.uri", server.uri(),
                    "spring.neo4j.authentication.username", ForkedNeo4jServer.USER,
                    "spring.neo4j.authentication.password", server.password())));
            // Registered before every bean of the app, so destroyed after them all: the app stops
            // (imports, driver) while its database still answers; its folder is then thrown away.
            ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("forkedNeo4jServer",
                    server::discard);
        }
    }
}
