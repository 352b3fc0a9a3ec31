package fr.maillage.vocabulary;

/** Complexité d'une situation (standard, complexe, extrême). */
public enum Complexity implements Coded {
    STANDARD("Standard"),
    COMPLEXE("Complexe"),
    EXTREME("Extrême");

    private final String label;

    Complexity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
