package fr.maillage.vocabulary;

/** Nature d'une intervention auprès d'une personne. */
public enum InvolvementKind implements Coded {
    EVALUATION("Évaluation"),
    PLAN_AIDE("Plan d'aide"),
    REFERENT("Référent de situation"),
    GESTION_DE_CAS("Gestion de cas"),
    SERVICE("Service"),
    SOINS("Soins");

    private final String label;

    InvolvementKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
