package fr.maillage.vocabulary;

/** Mode de travail : en masse ou sur mesure (Bloch et al. 2011). */
public enum Approach implements Coded {
    MASSE("En masse"),
    SUR_MESURE("Sur mesure");

    private final String label;

    Approach(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
