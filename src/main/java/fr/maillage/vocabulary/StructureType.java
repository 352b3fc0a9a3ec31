package fr.maillage.vocabulary;

/** Type de structure. */
public enum StructureType implements Coded {
    MAIA("MAIA", "MAIA"),
    DAC("DAC (dispositif d'appui à la coordination)", "DAC"),
    PTA("PTA (plateforme territoriale d'appui)", "PTA"),
    CLIC("CLIC", "CLIC"),
    RESEAU_SANTE("Réseau de santé", "Réseaux de santé"),
    CCAS("CCAS / service social municipal", "CCAS / services sociaux municipaux"),
    EQUIPE_APA("Équipe médico-sociale APA", "Équipes médico-sociales APA"),
    SSIAD("SSIAD", "SSIAD"),
    SAAD("SAAD (aide à domicile)", "SAAD (aide à domicile)"),
    SPASAD("SPASAD", "SPASAD"),
    EHPAD("EHPAD", "EHPAD"),
    RESIDENCE_AUTONOMIE("Résidence autonomie", "Résidences autonomie"),
    HOPITAL("Hôpital", "Hôpitaux"),
    SERVICE_SOCIAL_HOSPITALIER("Service social hospitalier", "Services sociaux hospitaliers"),
    EMG("Équipe mobile gériatrique", "Équipes mobiles gériatriques"),
    HAD("HAD", "HAD"),
    CONSULTATION_MEMOIRE("Consultation mémoire", "Consultations mémoire"),
    CMP("CMP", "CMP"),
    ACCUEIL_DE_JOUR("Accueil de jour", "Accueils de jour"),
    MDPH("MDPH", "MDPH"),
    SAVS("SAVS", "SAVS"),
    SAMSAH("SAMSAH", "SAMSAH"),
    MSP("Maison de santé", "Maisons de santé"),
    CPTS("CPTS", "CPTS"),
    MEDECIN_LIBERAL("Médecin libéral", "Médecins libéraux"),
    INFIRMIER_LIBERAL("Infirmier libéral", "Infirmiers libéraux"),
    MANDATAIRE_JUDICIAIRE("Mandataire judiciaire", "Mandataires judiciaires"),
    CAISSE_RETRAITE("Caisse de retraite", "Caisses de retraite"),
    ASSOCIATION("Association", "Associations"),
    AUTRE("Autre", "Autres structures");

    private final String label;
    private final String plural;

    StructureType(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    @Override
    public String label() {
        return label;
    }

    /** The label for several structures of the type: a folded méta-réseau names its groups so ("Hôpitaux (3)"). */
    public String plural() {
        return plural;
    }
}
