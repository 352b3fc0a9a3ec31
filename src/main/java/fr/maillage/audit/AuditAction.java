package fr.maillage.audit;

import fr.maillage.vocabulary.Coded;

/**
 * What an audit record says was done (action du journal). The contract's actions, and three of
 * Maillage's own: {@code logout}, {@code password_change} and {@code access_denied} (a refusal of
 * an endpoint that records no other action).
 */
public enum AuditAction implements Coded {
    LOGIN("connexion"),
    LOGIN_FAILED("échec de connexion"),
    LOGOUT("déconnexion"),
    READ_PERSONS("lecture de données personnelles"),
    EXPORT("export"),
    REPORT("rapport"),
    IMPORT("import"),
    USER_CHANGE("modification d'un utilisateur"),
    PASSWORD_CHANGE("changement de mot de passe"),
    ACCESS_DENIED("accès refusé");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
