package fr.maillage.access;

import java.time.Instant;
import java.util.List;

/**
 * A user as kept in the database ({@code :User}): never leaves the app with its hash.
 *
 * @param territories       the scope: territory ids (each with its descendants), or {@code ["*"]} for
 *                          every territory; ignored for an admin
 * @param lockedUntil       after repeated failed sign-ins, the end of the lock; null when not locked
 * @param mustChangePassword the password was generated or reset by someone else and must be changed first
 */
public record UserAccount(String username, String passwordHash, UserRole role, List<String> territories,
                          boolean enabled, boolean mustChangePassword, int failedSignIns, Instant lockedUntil,
                          Instant createdAt) {

    public static final String EVERY_TERRITORY = "*";

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The territories this user may see with their descendants, or null for every territory. */
    public List<String> scopeRoots() {
        if (role == UserRole.ADMIN || territories.contains(EVERY_TERRITORY)) {
            return null;
        }
        return territories;
    }
}
