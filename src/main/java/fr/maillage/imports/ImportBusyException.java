package fr.maillage.imports;

/** Another import is writing (import en cours): one import at a time keeps all-or-nothing simple. */
public class ImportBusyException extends RuntimeException {
    public ImportBusyException(String runningId) {
        super("Un import est déjà en cours (" + runningId + ") : un seul import à la fois, réessayez quand il sera terminé");
    }
}
