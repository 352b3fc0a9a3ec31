package fr.maillage.imports;

import java.util.Set;

/**
 * Who asks for an import (demandeur) and the territories their import may write.
 *
 * @param username the user recorded on the import, shown in the history
 * @param scope    null for an import without limit (an admin, the command line, the demo);
 *                 otherwise the territory ids the user may see, each with all its descendants:
 *                 every row of their bundle must lie there ({@link ScopeCheck})
 */
public record ImportRequester(String username, Set<String> scope) {

    /** The server itself: the command line, the demo loader, tests. */
    public static final ImportRequester SYSTEM = new ImportRequester("système", null);

    public ImportRequester {
        scope = scope == null ? null : Set.copyOf(scope);
    }
}
