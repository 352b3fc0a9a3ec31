package fr.maillage.analysis.orphans;

import fr.maillage.vocabulary.Coded;

/** Why a situation is orphan (motif de situation orpheline), in the contract's order. */
public enum OrphanReason implements Coded {
    SANS_INTERLOCUTEUR("Sans interlocuteur"),
    PING_PONG("Ping-pong entre structures"),
    SANS_REPONSE("Orientation sans réponse"),
    COMPLEXE_SANS_GESTIONNAIRE("Situation complexe sans gestionnaire de cas"),
    BESOIN_NON_COUVERT("Besoin non couvert par l'offre du territoire");

    private final String label;

    OrphanReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
