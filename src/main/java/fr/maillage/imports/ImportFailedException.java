package fr.maillage.imports;

/** A valid bundle whose writing failed (import échoué): the batches already written were rolled back. */
public class ImportFailedException extends RuntimeException {

    private final String importId;

    public ImportFailedException(String importId, Throwable cause) {
        super("L'écriture du lot a échoué, rien n'a été écrit : " + reason(cause), cause);
        this.importId = importId;
    }

    public String importId() {
        return importId;
    }

    /**
     * The database's reason, with the one a user can act on spelt out: a bundle whose single
     * transaction outgrows the memory allowed to transactions.
     */
    static String reason(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        return message.contains("memory.transaction")
                ? "le lot dépasse la mémoire permise à une transaction ; découpez-le en lots plus petits (chacun reste"
                        + " tout-ou-rien) ou donnez plus de mémoire à la JVM (-Xmx) (" + message + ")"
                : message;
    }
}
