package fr.maillage.vocabulary;

/** Financeur d'une structure (fundings.csv). */
public enum Funder implements Coded {
    ARS("ARS"),
    DEPARTEMENT("Département"),
    CNSA("CNSA"),
    ASSURANCE_MALADIE("Assurance maladie"),
    CAISSE_RETRAITE("Caisse de retraite"),
    COMMUNE("Commune"),
    EUROPE("Europe"),
    AUTRE("Autre financeur");

    private final String label;

    Funder(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
