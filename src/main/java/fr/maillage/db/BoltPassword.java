package fr.maillage.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded Bolt connector's user {@code neo4j}: generated once, kept in
 * {@code <data-dir>/bolt-password} readable and writable by its owner only, and read again at
 * every start, so that cypher-shell keeps working across restarts.
 *
 * <p>Whoever can read the data folder can read the store itself, so the file gives nothing more
 * away; it only keeps other local users and processes, which can reach 127.0.0.1, off the graph.
 */
final class BoltPassword {

    static final String FILE = "bolt-password";

    private static final Logger log = LoggerFactory.getLogger(BoltPassword.class);
    // Letters and digits only: the password is pasted into shells (cypher-shell -p "$(cat ...)").
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** 32 characters of 62: about 190 bits. */
    private static final int LENGTH = 32;

    private BoltPassword() {
    }

    /** The password kept in {@code home}, written there first if there is none yet. */
    static String readOrCreate(Path home) throws IOException {
        Path file = home.resolve(FILE);
        if (Files.isRegularFile(file)) {
            restrictToOwner(file);
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!kept.isEmpty()) {
                return kept;
            }
        }
        String password = generate();
        // Created with its permissions, written, then moved into place: the file is never readable by
        // others, and a crash halfway leaves no empty password behind.
        Path written = Files.createTempFile(home, FILE, ".tmp", OwnerOnly.attributes(home));
        try {
            Files.writeString(written, password + "\n", StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
        return password;
    }

    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** A file copied or restored with looser permissions is tightened again, and the log says so. */
    private static void restrictToOwner(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null && !view.readAttributes().permissions().equals(OwnerOnly.PERMISSIONS)) {
            view.setPermissions(OwnerOnly.PERMISSIONS);
            log.warn("{} était lisible par d'autres que son propriétaire : droits ramenés à 600", file);
        }
    }
}
