package fr.maillage.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import fr.maillage.vocabulary.Coded;

/**
 * What a user of Maillage is (rôle), per the contract's "Access (v1.1)": it decides which
 * answers they get, with {@link AccessRules} the one place where that is written.
 */
public enum UserRole implements Coded {
    /** Runs the installation: every territory, users and audit. */
    ADMIN("administrateur"),
    /** A DAC / MAIA pilot: their territories, person-level data included, and their imports. */
    PILOTE("pilote"),
    /** A researcher: their territories with every person id pseudonymised. */
    CHERCHEUR("chercheur"),
    /** An ARS planner: aggregates only, small counts of persons shown as "<5". */
    PLANIFICATEUR("planificateur");

    private final String label;

    UserRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The Spring Security authority of the role, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<UserRole> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.code().equals(wanted)).findFirst();
    }
}
