package fr.maillage.vocabulary;

/** Type de structure. */
public enum StructureType implements Coded {
    MAIA("MAIA"),
    DAC("DAC (dispositif d'appui à la coordination)"),
    PTA("PTA (plateforme territoriale d'appui)"),
    CLIC("CLIC"),
    RESEAU_SANTE("Réseau de santé"),
    CCAS("CCAS / service social municipal"),
    EQUIPE_APA("Équipe médico-sociale APA"),
    SSIAD("SSIAD"),
    SAAD("SAAD (aide à domicile)"),
    SPASAD("SPASAD"),
    EHPAD("EHPAD"),
    RESIDENCE_AUTONOMIE("Résidence autonomie"),
    HOPITAL("Hôpital"),
    SERVICE_SOCIAL_HOSPITALIER("Service social hospitalier"),
    EMG("Équipe mobile gériatrique"),
    HAD("HAD"),
    CONSULTATION_MEMOIRE("Consultation mémoire"),
    CMP("CMP"),
    ACCUEIL_DE_JOUR("Accueil de jour"),
    MDPH("MDPH"),
    SAVS("SAVS"),
    SAMSAH("SAMSAH"),
    MSP("Maison de santé"),
    CPTS("CPTS"),
    MEDECIN_LIBERAL("Médecin libéral"),
    INFIRMIER_LIBERAL("Infirmier libéral"),
    MANDATAIRE_JUDICIAIRE("Mandataire judiciaire"),
    CAISSE_RETRAITE("Caisse de retraite"),
    ASSOCIATION("Association"),
    AUTRE("Autre");

    private final String label;

    StructureType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
