package fr.maillage.imports;

/**
 * A located problem of a bundle (problème) : {@code line} is the physical line in the file,
 * the header being line 1; {@code line} and {@code column} are null for a problem of the
 * whole file, {@code file} is null for a problem of the whole bundle.
 */
public record ImportProblem(String file, Integer line, String column, String message) {

    /** {@code file:line:column: message}, the way compilers locate errors. */
    @Override
    public String toString() {
        StringBuilder located = new StringBuilder(file == null ? "lot" : file);
        if (line != null) {
            located.append(':').append(line);
        }
        if (column != null) {
            located.append(':').append(column);
        }
        return located.append(": ").append(message).toString();
    }
}
