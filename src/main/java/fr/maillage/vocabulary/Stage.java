package fr.maillage.vocabulary;

/** Étape du parcours qu'une structure couvre (cartographie par étape). */
public enum Stage implements Coded {
    REPERAGE("Repérage / signalement"),
    EVALUATION("Évaluation et plan d'aide"),
    ACCOMPAGNEMENT("Accompagnement");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
