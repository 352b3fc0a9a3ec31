package fr.maillage.vocabulary;

/** Motif de fin d'une intervention. */
public enum EndReason implements Coded {
    STABILISATION("Stabilisation"),
    RUPTURE("Rupture"),
    DECES("Décès"),
    INSTITUTIONNALISATION("Institutionnalisation"),
    REFUS("Refus"),
    DEMENAGEMENT("Déménagement"),
    RELAIS("Relais");

    private final String label;

    EndReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
