package fr.maillage.vocabulary;

/** Rôle d'un professionnel. */
public enum Role implements Coded {
    GESTIONNAIRE_DE_CAS("Gestionnaire de cas"),
    PILOTE("Pilote MAIA / DAC"),
    COORDINATEUR("Coordinateur"),
    TRAVAILLEUR_SOCIAL("Travailleur social"),
    CONSEILLER_GERONTOLOGIE("Conseiller en gérontologie"),
    MEDECIN_TRAITANT("Médecin traitant"),
    GERIATRE("Gériatre"),
    INFIRMIER("Infirmier"),
    PSYCHOLOGUE("Psychologue"),
    ERGOTHERAPEUTE("Ergothérapeute"),
    AIDE_A_DOMICILE("Aide à domicile"),
    MANDATAIRE("Mandataire judiciaire"),
    AUTRE("Autre");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
