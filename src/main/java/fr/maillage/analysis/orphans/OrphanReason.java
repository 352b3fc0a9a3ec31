package fr.maillage.analysis.orphans;

import fr.maillage.vocabulary.Coded;

/** Why a situation is orphan (motif de situation orpheline), in the contract's order. */
public enum OrphanReason implements Coded {
    SANS_INTERLOCUTEUR("Sans interlocuteur", "Aucune prise en charge active à la date d'observation."),
    PING_PONG("Ping-pong entre structures",
            "Au moins deux orientations refusées ou réorientées en 90 jours, sans aucune acceptée depuis."),
    SANS_REPONSE("Orientation sans réponse",
            "Une orientation de plus de 30 jours toujours en attente ou restée sans réponse."),
    COMPLEXE_SANS_GESTIONNAIRE("Situation complexe sans gestionnaire de cas",
            "Situation complexe ou extrême, à domicile, sans gestion de cas active."),
    BESOIN_NON_COUVERT("Besoin non couvert par l'offre du territoire",
            "Un de ses besoins qu'aucune structure servant son territoire ne prend en charge pour elle.");

    private final String label;
    private final String explanation;

    OrphanReason(String label, String explanation) {
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
