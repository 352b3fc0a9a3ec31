package fr.maillage.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import fr.maillage.ForkedNeo4jServer;

/**
 * {@code java -jar maillage.jar neo4j-server …}, the bare Neo4j server scripts and the server pass
 * start: ready when it says so, behind its password, stopped cleanly by SIGTERM, and refusing in
 * French what it cannot do.
 */
class Neo4jServerCommandTest {

    private static final String PASSWORD = "mot-de-passe-du-test";

    @TempDir
    Path home;

    private record Run(int exitCode, String out, String err) {
    }

    /** The command in this JVM: only for arguments it refuses before Neo4j starts. */
    private static Run refused(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Neo4jServerCommand.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run refused(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = Neo4jServerCommand.NAME;
        System.arraycopy(options, 0, args, 1, options.length);
        return refused(Map.of(), args);
    }

    private static Driver driver(ForkedNeo4jServer server, String password) {
        return GraphDatabase.driver(server.uri(), AuthTokens.basic("neo4j", password),
                Config.builder().withoutEncryption().build());
    }

    /** One test for the server's life, since each start of a JVM with Neo4j costs seconds. */
    @Test
    void theServerAnswersBehindItsPasswordStopsCleanlyOnSigtermAndRefusesAnotherPasswordLater() {
        ForkedNeo4jServer server = ForkedNeo4jServer.start(home, PASSWORD, "-Xmx256m");
        try (Driver driver = driver(server, PASSWORD); Driver wrong = driver(server, "pas-le-bon-mot")) {
            assertThat(server.output()).contains(Neo4jServerCommand.READY + "127.0.0.1:" + server.port());
            driver.executableQuery("CREATE (:Kept {n: 1})").execute();
            assertThat(driver.executableQuery("MATCH (k:Kept) RETURN count(k) AS c").execute()
                    .records().get(0).get("c").asLong()).isEqualTo(1);
            assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        } finally {
            int exit = server.stop();
            // 128 + 15: the JVM ended by SIGTERM, after its shutdown hook stopped Neo4j.
            assertThat(exit).isEqualTo(143);
            assertThat(server.output()).contains("Neo4j arrêté proprement").noneMatch(line -> line.contains(PASSWORD));
        }

        assertThatThrownBy(() -> ForkedNeo4jServer.start(home, "un-autre-mot-de-passe", "-Xmx256m"))
                .hasMessageContaining("(code 2)")
                .hasMessageContaining("Le mot de passe donné n'est pas celui de l'utilisateur neo4j")
                .hasMessageContaining("fixé au premier démarrage de ce dossier")
                .hasMessageNotContaining(Neo4jServerCommand.READY);
    }

    @Test
    void missingOrBadArgumentsAreRefusedInFrenchBeforeNeo4jStarts() {
        Run noPassword = refused("--maillage.data-dir=" + home, "--maillage.bolt-port=7999");
        assertThat(noPassword.exitCode()).isEqualTo(2);
        assertThat(noPassword.err()).contains("Il manque le mot de passe de l'utilisateur neo4j").contains("Usage :");

        Run unknown = refused("--maillage.data-dir=" + home, "--maillage.bolt-port=7999",
                "--maillage.server-password=" + PASSWORD, "--maillage.bolt.enabled=true");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Option inconnue : --maillage.bolt.enabled=true");

        assertThat(refused("--maillage.bolt-port=7999", "--maillage.server-password=" + PASSWORD).err())
                .contains("Il manque le dossier des données");
        assertThat(refused("--maillage.data-dir=" + home, "--maillage.bolt-port=huit",
                "--maillage.server-password=" + PASSWORD).err()).contains("--maillage.bolt-port attend un nombre");
        assertThat(refused("--maillage.data-dir=" + home, "--maillage.bolt-port=7999",
                "--maillage.server-password=court").err()).contains("au moins 8 caractères");
        // The environment keeps the password out of `ps`: with it, only the port is missing.
        assertThat(refused(Map.of("MAILLAGE_SERVER_PASSWORD", PASSWORD), Neo4jServerCommand.NAME,
                "--maillage.data-dir=" + home).err()).contains("Il manque le port Bolt");
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void aPortAlreadyTakenIsRefusedNamingIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run run = refused("--maillage.data-dir=" + home, "--maillage.bolt-port=" + taken.getLocalPort(),
                    "--maillage.server-password=" + PASSWORD);

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("Le port " + taken.getLocalPort() + " est déjà pris sur 127.0.0.1");
            assertThat(home).isEmptyDirectory();
        }
    }
}
