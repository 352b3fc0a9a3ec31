package fr.maillage.vocabulary;

/** Niveau d'un territoire. */
public enum TerritoryKind implements Coded {
    REGION("Région"),
    DEPARTEMENT("Département"),
    TERRITOIRE("Territoire"),
    COMMUNE("Commune"),
    QUARTIER("Quartier");

    private final String label;

    TerritoryKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
