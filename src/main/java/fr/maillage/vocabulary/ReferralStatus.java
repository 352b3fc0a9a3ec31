package fr.maillage.vocabulary;

/** Statut d'une orientation (signalement). */
public enum ReferralStatus implements Coded {
    EN_ATTENTE("En attente"),
    ACCEPTEE("Acceptée"),
    REFUSEE("Refusée"),
    REORIENTEE("Réorientée"),
    SANS_REPONSE("Sans réponse");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
