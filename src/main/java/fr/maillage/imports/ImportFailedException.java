package fr.maillage.imports;

import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.driver.exceptions.ClientException;

/** A valid bundle whose writing failed (import échoué): the batches already written were rolled back. */
public class ImportFailedException extends RuntimeException {

    private final String importId;

    public ImportFailedException(String importId, Throwable cause) {
        super("L'écriture du lot a échoué, rien n'a été écrit : " + reason(importId, cause), cause);
        this.importId = importId;
    }

    public String importId() {
        return importId;
    }

    /**
     * What the pilot is told, in the answer and the import's record: the database's reason when
     * it is about the data (a constraint the rows break) or one a user can act on (a bundle whose
     * transaction outgrows the memory allowed to transactions). Any other failure (a file that
     * cannot be read, the disk) is told by the server's log under the import's id: its message
     * may name the server's folders.
     */
    static String reason(String importId, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("memory.transaction")) {
                return "le lot dépasse la mémoire permise à une transaction ; découpez-le en lots plus petits (chacun"
                        + " reste tout-ou-rien) ou donnez plus de mémoire à la JVM (-Xmx) (" + message + ")";
            }
            if (isAboutTheData(t)) {
                return message;
            }
        }
        return "erreur interne, détaillée dans le journal du serveur sous l'import " + importId;
    }

    /** Neo4j's client errors: the rows or the query broke one of the database's rules. */
    private static boolean isAboutTheData(Throwable t) {
        return t instanceof ConstraintViolationException
                || t instanceof QueryExecutionException e && String.valueOf(e.getStatusCode()).startsWith("Neo.ClientError.")
                || t instanceof ClientException e && String.valueOf(e.code()).startsWith("Neo.ClientError.");
    }
}
