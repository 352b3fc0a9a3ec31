package fr.maillage.history;

import fr.maillage.vocabulary.Coded;

/**
 * A phase of a structure's life cycle (cycle de vie), DOMAIN.md: "pre-history, development,
 * precarious routine, end or absorption". The rule that gives a structure its phase in a year is
 * {@link LifeCycle}'s.
 */
public enum LifePhase implements Coded {
    PRE_HISTOIRE("Pré-histoire",
            "Avant son ouverture, la structure apparaît déjà dans les échanges ou les partenariats déclarés du territoire."),
    DEVELOPPEMENT("Développement",
            "Ses " + LifeCycle.DEVELOPMENT_YEARS + " premières années au plus, tant que ses échanges de l'année croissent "
                    + "nettement (au-delà de la variation ordinaire d'un compte, la racine carrée de celui de l'année d'avant)."),
    ROUTINE_PRECAIRE("Routine précaire",
            "Après son développement : une activité installée, toujours à la merci d'un financement ou d'une réforme."),
    FIN("Fin", "L'année de sa fermeture, sans reprise par une autre structure."),
    ABSORPTION("Absorption", "L'année de sa fermeture par absorption dans une autre structure (aujourd'hui surtout le DAC).");

    private final String label;
    private final String explanation;

    LifePhase(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String explanation() {
        return explanation;
    }
}
