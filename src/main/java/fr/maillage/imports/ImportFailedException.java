package fr.maillage.imports;

/** A valid bundle whose writing failed (import échoué): the transaction was rolled back. */
public class ImportFailedException extends RuntimeException {

    private final String importId;

    public ImportFailedException(String importId, Throwable cause) {
        super("L'écriture du lot a échoué, rien n'a été écrit : " + cause.getMessage(), cause);
        this.importId = importId;
    }

    public String importId() {
        return importId;
    }
}
