package fr.maillage.vocabulary;

/**
 * Table d'une réunion (meetings.csv): the table stratégique and the table tactique of the
 * integration of services, and the clinical concertation about one person's situation.
 */
public enum MeetingTable implements Coded {
    STRATEGIQUE("Table stratégique"),
    TACTIQUE("Table tactique"),
    CONCERTATION_CLINIQUE("Concertation clinique");

    private final String label;

    MeetingTable(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
