package fr.maillage.vocabulary;

/** Nature d'un partenariat déclaré (lien perçu, distinct des échanges observés). */
public enum PartnershipKind implements Coded {
    CONVENTION("Convention"),
    PARTENARIAT("Partenariat"),
    TABLE_TACTIQUE("Table tactique"),
    TABLE_STRATEGIQUE("Table stratégique"),
    DECLARE("Déclaré");

    private final String label;

    PartnershipKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
