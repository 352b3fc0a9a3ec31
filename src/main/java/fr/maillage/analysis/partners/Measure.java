package fr.maillage.analysis.partners;

/**
 * The key-partner measures (mesures des partenaires clés) with the plain-French explanation the
 * page shows next to them; {@link #key()} is the field of the key-partners answer.
 */
public enum Measure {
    DEGREE("degree", "Degré",
            "Nombre de structures avec lesquelles la structure a échangé sur la période "
                    + "(orientations dans un sens ou dans l'autre, ou personnes suivies en même temps)."),
    WEIGHTED_DEGREE("weightedDegree", "Degré pondéré",
            "Volume de ses échanges : somme, sur tous ses liens, des orientations (dans les deux sens) "
                    + "et des personnes partagées."),
    BETWEENNESS("betweenness", "Intermédiarité",
            "Part des plus courts chemins entre deux autres structures qui passent par elle (de 0 à 1). "
                    + "Élevée : elle fait le pont entre des structures qui ne se parlent pas directement."),
    PAGERANK("pagerank", "PageRank",
            "Importance héritée de celle de ses partenaires : une structure pèse davantage si elle échange "
                    + "beaucoup avec des structures elles-mêmes centrales. La somme sur le méta-réseau vaut 1."),
    ARTICULATION_POINT("articulationPoint", "Point d'articulation",
            "Si elle disparaissait, le méta-réseau se couperait en morceaux qui n'échangent plus entre eux : "
                    + "un point de fragilité du territoire."),
    CROSS_SECTOR_SHARE("crossSectorShare", "Part intersectorielle",
            "Part de ses échanges faits avec des structures d'un autre secteur (sanitaire, médico-social, "
                    + "social), de 0 à 1 ; 0 sans aucun échange."),
    BROKERAGE_COORDINATOR("brokerage.coordinator", "Coordinateur",
            "Nombre de fois où elle relaie une orientation entre deux structures de son propre secteur "
                    + "qui ne s'orientent pas directement."),
    BROKERAGE_ITINERANT("brokerage.itinerant", "Itinérant",
            "Nombre de fois où elle relaie une orientation entre deux structures d'un même secteur, "
                    + "autre que le sien."),
    BROKERAGE_GATEKEEPER("brokerage.gatekeeper", "Gardien",
            "Nombre de fois où elle reçoit une orientation d'un autre secteur et la transmet dans son "
                    + "propre secteur : elle filtre l'entrée dans son secteur."),
    BROKERAGE_REPRESENTATIVE("brokerage.representative", "Représentant",
            "Nombre de fois où elle reçoit une orientation de son secteur et la transmet vers un autre "
                    + "secteur : elle représente son secteur à l'extérieur."),
    BROKERAGE_LIAISON("brokerage.liaison", "Agent de liaison",
            "Nombre de fois où elle relaie une orientation entre deux structures de deux autres secteurs, "
                    + "différents entre eux."),
    REGULARITY("regularity", "Régularité",
            "Nombre de mois de la période où elle a envoyé ou reçu au moins une orientation "
                    + "vers ou depuis une autre structure.");

    private final String key;
    private final String label;
    private final String explanation;

    Measure(String key, String label, String explanation) {
        this.key = key;
        this.label = label;
        this.explanation = explanation;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
