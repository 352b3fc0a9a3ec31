package fr.maillage.imports;

/**
 * Tells the import endpoints who is asking (bundle, ROR, INSEE), so that a pilot's import stays
 * within their scope and the history says who imported what. Implemented from the signed-in user.
 */
public interface ImportRequesters {

    /** The requester of the HTTP request being served. */
    ImportRequester current();
}
