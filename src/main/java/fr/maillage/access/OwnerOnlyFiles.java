package fr.maillage.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

import fr.maillage.db.OwnerOnly;

/** The access secrets kept in the data folder: random secrets and passwords, in {@link OwnerOnly} files. */
final class OwnerOnlyFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerOnlyFiles() {
    }

    /** The secret of {@code bytes} random bytes kept in {@code file} as hex, made on the first call. */
    static byte[] readOrCreateSecret(Path file, int bytes) throws IOException {
        if (!Files.exists(file)) {
            byte[] secret = new byte[bytes];
            RANDOM.nextBytes(secret);
            try {
                write(file, HexFormat.of().formatHex(secret) + "\n");
            } catch (FileAlreadyExistsException e) {
                // another instance on the same folder made it first: use theirs
            }
        }
        return HexFormat.of().parseHex(Files.readString(file, StandardCharsets.UTF_8).strip());
    }

    /** Writes a new file that only its owner may read; fails if it exists. */
    static void write(Path file, String content) throws IOException {
        Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
        Files.createFile(file, OwnerOnly.attributes(folder));
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Adds lines at the end of an owner-only file, creating it if needed. */
    static void append(Path file, String lines) throws IOException {
        if (!Files.exists(file)) {
            write(file, lines);
        } else {
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    static String randomPassword() {
        // 18 random bytes as base64url: 24 characters, 144 bits.
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
