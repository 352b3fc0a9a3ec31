package fr.maillage.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Files of secrets in the data folder, created readable and writable by their owner only from
 * their first byte (the permissions are given at creation, never set after), where the file
 * system has POSIX permissions.
 */
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
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Files.createFile(file, ownerOnly);
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
