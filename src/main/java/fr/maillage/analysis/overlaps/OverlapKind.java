package fr.maillage.analysis.overlaps;

import fr.maillage.vocabulary.Coded;

/**
 * The person-level overlaps (chevauchements) of the contract: the page, the comparison and the
 * report name them from here, through {@code GET /api/vocabulary}.
 */
public enum OverlapKind implements Coded {
    EVALUATIONS_MULTIPLES("Évaluations multiples",
            "Deux structures différentes l'évaluent à moins de 90 jours d'intervalle."),
    REFERENTS_MULTIPLES("Référents multiples",
            "Deux structures sont référentes ou gestionnaires de cas en même temps.");

    private final String label;
    private final String explanation;

    OverlapKind(String label, String explanation) {
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
