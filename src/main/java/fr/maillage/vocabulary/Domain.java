package fr.maillage.vocabulary;

/**
 * Problem domain (besoin, motif, domaine d'intervention) with its side on the cartography's
 * horizontal axis: sanitaire (-1), middle (0), social (+1).
 */
public enum Domain implements Coded {
    MEDICAL("Médical", -1),
    COGNITIF("Cognitif", -1),
    PSYCHO_COMPORTEMENTAL("Psycho-comportemental", -1),
    PSYCHIATRIQUE("Psychiatrique", -1),
    SOINS_PALLIATIFS("Soins palliatifs", -1),
    PERTE_AUTONOMIE("Perte d'autonomie", 0),
    AIDES_HUMAINES_TECHNIQUES("Aides humaines et techniques", 0),
    INSTITUTIONNALISATION("Entrée en institution", 0),
    SOUTIEN_AIDANT("Soutien de l'aidant", 0),
    REFUS_AIDE("Refus d'aide", 0),
    ACCES_DROITS("Accès aux droits", 1),
    LOGEMENT("Logement", 1),
    FINANCIER("Financier", 1),
    VIE_QUOTIDIENNE("Vie quotidienne", 1),
    MALTRAITANCE("Maltraitance", 1),
    ISOLEMENT("Isolement", 1);

    private final String label;
    private final int side;

    Domain(String label, int side) {
        this.label = label;
        this.side = side;
    }

    @Override
    public String label() {
        return label;
    }

    /** -1 sanitaire, 0 middle, +1 social. */
    public int side() {
        return side;
    }
}
