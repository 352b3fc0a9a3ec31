package fr.maillage.access;

import java.util.List;

/**
 * Who is asking (l'utilisateur connecté), as every answer is shaped for them: their name, role
 * and the territories they may see.
 *
 * @param scopeRoots the territories of their scope, each with its descendants; null for every territory
 */
public record Viewer(String username, UserRole role, List<String> scopeRoots) {

    static Viewer of(UserAccount account) {
        return new Viewer(account.username(), account.role(), account.scopeRoots());
    }

    public boolean seesEveryTerritory() {
        return scopeRoots == null;
    }

    /** A planner: aggregates only, small counts of persons hidden. */
    public boolean aggregatesOnly() {
        return role == UserRole.PLANIFICATEUR;
    }

    public boolean is(UserRole wanted) {
        return role == wanted;
    }
}
