package fr.maillage.imports;

/** Another import is writing (import en cours): one import at a time keeps all-or-nothing simple. */
public class ImportBusyException extends RuntimeException {

    private final String runningId;
    private final String instance;

    /** @param instance the app instance it runs on ({@link fr.maillage.db.Leases#instance()}) */
    public ImportBusyException(String runningId, String instance) {
        super("Un import est déjà en cours (" + runningId + ", instance " + instance + ") : un seul import à la fois,"
                + " réessayez quand il sera terminé");
        this.runningId = runningId;
        this.instance = instance;
    }

    public String runningId() {
        return runningId;
    }

    public String instance() {
        return instance;
    }
}
