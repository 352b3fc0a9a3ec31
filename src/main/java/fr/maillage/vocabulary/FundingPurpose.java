package fr.maillage.vocabulary;

/** Objet d'un financement (fundings.csv). */
public enum FundingPurpose implements Coded {
    COORDINATION("Coordination"),
    GESTION_DE_CAS("Gestion de cas"),
    PILOTAGE("Pilotage"),
    AUTRE("Autre objet");

    private final String label;

    FundingPurpose(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
