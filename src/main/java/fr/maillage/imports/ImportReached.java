package fr.maillage.imports;

/**
 * An import reached a stage (étape d'un import), told synchronously on the import's thread: what
 * the isolation and crash tests wait for to read, or to stop the process, at that very moment.
 *
 * @param importId the import
 * @param stage    the stage just reached
 */
public record ImportReached(String importId, Stage stage) {

    /** The stages of an import that lands. */
    public enum Stage {
        /** The bundle is valid; nothing is written yet. */
        VALIDATED,
        /** Every batch is written, the updates are staged; readers still see the data before. */
        WRITTEN,
        /** Readers see the data after. */
        PUBLISHED
    }
}
