package fr.maillage.vocabulary;

/** Place de la coordination dans l'activité d'une structure. */
public enum CoordinationMode implements Coded {
    MISSION("Coordination comme mission"),
    ACTIVITE("Coordination comme activité"),
    AUCUNE("Pas de coordination");

    private final String label;

    CoordinationMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
