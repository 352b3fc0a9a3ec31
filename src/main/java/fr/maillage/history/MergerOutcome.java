package fr.maillage.history;

import fr.maillage.vocabulary.Coded;

/**
 * What became of the exchanges a partner had with a structure in the 12 months before its
 * absorption (devenir des échanges), by the part of them that is the largest: see {@link Mergers}.
 */
public enum MergerOutcome implements Coded {
    ABSORBANT("Repris par l'absorbant",
            "La plupart de ses échanges avec la structure absorbée se retrouvent, dans les 12 mois après, en plus de "
                    + "ceux qu'il avait déjà avec la structure absorbante."),
    AILLEURS("Reportés ailleurs",
            "La plupart se retrouvent en plus de ses échanges avec d'autres structures."),
    NULLE_PART("Perdus",
            "La plupart ne se retrouvent nulle part : ses échanges des 12 mois après n'ont pas crû d'autant.");

    private final String label;
    private final String explanation;

    MergerOutcome(String label, String explanation) {
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
