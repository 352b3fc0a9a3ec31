package fr.maillage.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files of secrets in the data folder (Bolt password, pseudonym secret, first passwords): readable
 * and writable by their owner only from their first byte, the permissions given at creation and
 * never set after, where the folder's file system has POSIX permissions.
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> PERMISSIONS = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** The attributes that create a file of {@code folder} readable by its owner only (none without POSIX). */
    public static FileAttribute<?>[] attributes(Path folder) throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PERMISSIONS)}
                : new FileAttribute<?>[0];
    }
}
