package fr.maillage.access;

import java.nio.charset.StandardCharsets;

import fr.maillage.api.BadParameterException;

/**
 * What a password must be: at least 12 characters (the contract), at most 72 bytes (bcrypt reads
 * no further, so a longer one would be silently cut), and not the user's own name.
 */
final class PasswordRule {

    static final int MIN_LENGTH = 12;
    private static final int MAX_BYTES = 72;

    private PasswordRule() {
    }

    static void check(String parameter, String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new BadParameterException(parameter, "Mot de passe trop court : " + MIN_LENGTH + " caractères au moins");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BadParameterException(parameter, "Mot de passe trop long : " + MAX_BYTES + " octets au plus");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new BadParameterException(parameter, "Le mot de passe ne peut pas être le nom d'utilisateur");
        }
    }
}
