package fr.maillage.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import fr.maillage.db.EmbeddedDatabaseConfiguration.EmbeddedDatabase;

/** The embedded database's Bolt connector: closed by default, and behind a generated password when open. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedBoltTest {

    @TempDir
    Path dataDir;

    private MaillageProperties properties(boolean bolt, int port) {
        MaillageProperties properties = new MaillageProperties();
        properties.setDataDir(dataDir.toString());
        properties.setPageCacheBytes(16L * 1024 * 1024);
        properties.getBolt().setEnabled(bolt);
        properties.setBoltPort(port);
        return properties;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long one(int port, AuthToken auth) {
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, auth,
                Config.builder().withoutEncryption().build())) {
            return driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asLong();
        }
    }

    @Test
    void boltStaysClosedUnlessAskedForAndTheAppStillQueriesItsDatabase() throws IOException {
        int port = freePort();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(false, port))) {
            assertThat(database.boltPort()).isEmpty();
            assertThat(listening(port)).isFalse();
            assertThat(dataDir.resolve(BoltPassword.FILE)).doesNotExist();
            Object one = database.service().executeTransactionally("RETURN 1 AS one", Map.of(),
                    r -> r.next().get("one"));
            assertThat(one).isEqualTo(1L);
        }
    }

    @Test
    void anOpenBoltWantsTheGeneratedPasswordWhichOnlyItsOwnerCanRead(CapturedOutput output) throws IOException {
        String password;
        int port;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(true, 0))) {
            port = database.boltPort().orElseThrow();
            Path file = dataDir.resolve(BoltPassword.FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(24).matches("[A-Za-z0-9]+");

            assertThat(one(port, AuthTokens.basic("neo4j", password))).isEqualTo(1);
            assertThatThrownBy(() -> one(port, AuthTokens.none())).isInstanceOf(SecurityException.class);
            assertThatThrownBy(() -> one(port, AuthTokens.basic("neo4j", "neo4j")))
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThat(output.getOut()).contains("Bolt sur 127.0.0.1:" + port, dataDir.resolve(BoltPassword.FILE).toString())
                .doesNotContain(password);
        assertThat(filesHolding(password)).containsExactly(dataDir.resolve(BoltPassword.FILE));
    }

    @Test
    void theNextStartKeepsThePasswordAndTheChosenPort() throws IOException {
        int port = freePort();
        String first;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(true, port))) {
            first = database.boltPassword();
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties(true, port))) {
            assertThat(database.boltPort()).hasValue(port);
            assertThat(Files.readString(dataDir.resolve(BoltPassword.FILE)).strip()).isEqualTo(first);
            assertThat(one(port, AuthTokens.basic("neo4j", first))).isEqualTo(1);
        }
    }

    @Test
    void aPasswordFileLeftReadableByOthersIsTightenedAgain() throws IOException {
        Path file = dataDir.resolve(BoltPassword.FILE);
        Files.writeString(file, "chosen-by-hand-2026\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(BoltPassword.readOrCreate(dataDir)).isEqualTo("chosen-by-hand-2026");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    /** Every file under the data folder, store and Neo4j's own logs included, whose bytes hold {@code text}. */
    private List<Path> filesHolding(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).filter(f -> contains(f, needle)).toList();
        }
    }

    /** Read in chunks: Neo4j preallocates its transaction logs to hundreds of megabytes. */
    private static boolean contains(Path file, byte[] needle) {
        String wanted = new String(needle, StandardCharsets.ISO_8859_1);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 20];
            String carried = "";
            for (int read; (read = in.read(chunk)) > 0; ) {
                String window = carried + new String(chunk, 0, read, StandardCharsets.ISO_8859_1);
                if (window.contains(wanted)) {
                    return true;
                }
                carried = window.substring(Math.max(0, window.length() - needle.length));
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
