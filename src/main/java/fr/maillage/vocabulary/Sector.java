package fr.maillage.vocabulary;

/** Secteur d'une structure. */
public enum Sector implements Coded {
    SANITAIRE("Sanitaire"),
    MEDICO_SOCIAL("Médico-social"),
    SOCIAL("Social");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
