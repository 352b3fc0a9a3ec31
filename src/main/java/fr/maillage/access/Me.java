package fr.maillage.access;

import java.util.List;

/**
 * The signed-in user as {@code GET /api/me} shows them.
 *
 * @param territories their scope, {@code ["*"]} for every territory (admins)
 * @param mustChangePassword the password was given to them and must be changed before anything else
 */
public record Me(String username, String role, List<String> territories, boolean mustChangePassword) {

    static Me of(UserAccount account) {
        List<String> scope = account.scopeRoots();
        return new Me(account.username(), account.role().code(),
                scope == null ? List.of(UserAccount.EVERY_TERRITORY) : scope, account.mustChangePassword());
    }
}
