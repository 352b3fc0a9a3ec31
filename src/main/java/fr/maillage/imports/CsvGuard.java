package fr.maillage.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the characters on their way to the CSV parser and stops the reading at the first one
 * past a limit ({@link ReadLimits}): the parser holds a whole cell in memory before it hands it
 * over, so a cell of gigabytes must be refused while it streams. It follows RFC 4180's quoting to
 * know where cells and records end, and refuses what the parser would take silently: a quote
 * inside a cell that does not start with one, and a null character (no text holds one).
 */
final class CsvGuard extends FilterReader {

    /** Why the reading stopped: where, and what to tell. */
    static final class Refused extends IOException {
        final int line;
        final int cell;

        Refused(int line, int cell, String message) {
            super(message);
            this.line = line;
            this.cell = cell;
        }
    }

    private enum State { CELL_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final ReadLimits limits;
    private State state = State.CELL_START;
    private boolean afterCarriageReturn;
    private int line = 1;
    private int cellLine = 1;
    private int cell;
    private int cellLength;
    private int recordLine = 1;
    private int recordLength;
    /** The header's names as they stream by, so a problem found ahead of the parser names its column. */
    private final List<String> header = new ArrayList<>();
    private final StringBuilder name = new StringBuilder();
    private boolean inHeader = true;

    CsvGuard(Reader in, ReadLimits limits) {
        super(in);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0) {
            watch((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        for (int i = 0; i < read; i++) {
            watch(buffer[offset + i]);
        }
        return read;
    }

    private void watch(char c) throws Refused {
        if (c == '\0') {
            throw new Refused(line, cell, "caractère nul (octet 0) : ce n'est pas un fichier texte CSV en UTF-8");
        }
        // The LF of a CRLF is on the line its CR ended.
        boolean newline = c == '\r' || (c == '\n' && !afterCarriageReturn);
        afterCarriageReturn = c == '\r';
        if (++recordLength > limits.maxRecordLength()) {
            throw new Refused(recordLine, -1, "enregistrement de plus de " + limits.maxRecordLength()
                    + " caractères (réglage maillage.import.max-record-length)");
        }
        switch (state) {
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                }
                grow(c);
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    grow(c);
                } else {
                    // The parser refuses anything but a separator after a closing quote.
                    outside(c, newline);
                }
            }
            case CELL_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                    grow(c);
                } else {
                    outside(c, newline);
                }
            }
            case UNQUOTED -> {
                if (c == '"') {
                    throw new Refused(line, cell, "guillemet dans un champ qui ne commence pas par un guillemet :"
                            + " en CSV (RFC 4180), un champ qui contient des guillemets est entre guillemets et les"
                            + " double (\"\")");
                }
                outside(c, newline);
            }
        }
        if (newline) {
            line++;
        }
    }

    /** A character outside quotes: a separator, the end of a record, or part of an unquoted cell. */
    private void outside(char c, boolean newline) throws Refused {
        if (c == ',' || c == '\n' || c == '\r') {
            endName(c == ',');
        }
        if (c == ',') {
            if (++cell >= limits.maxColumns()) {
                throw new Refused(recordLine, -1, "plus de " + limits.maxColumns() + " colonnes (réglage"
                        + " maillage.import.max-columns) ; le contrat en a au plus 16 par fichier");
            }
            startCell(line);
        } else if (c == '\n' || c == '\r') {
            cell = 0;
            recordLength = 0;
            recordLine = newline ? line + 1 : line;
            startCell(recordLine);
        } else {
            state = State.UNQUOTED;
            grow(c);
        }
    }

    private void startCell(int at) {
        state = State.CELL_START;
        cellLength = 0;
        cellLine = at;
    }

    private void endName(boolean moreCells) {
        if (inHeader) {
            String raw = name.toString();
            header.add(raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")
                    ? raw.substring(1, raw.length() - 1).replace("\"\"", "\"") : raw);
            name.setLength(0);
            inHeader = moreCells;
            if (!moreCells && header.size() == 1 && header.get(0).isEmpty()) {
                // A blank line before the header, which the reader skips.
                header.clear();
                inHeader = true;
            }
        }
    }

    /** The name the header gives the cell at this position, or null: none, or the record as a whole. */
    String columnName(int position) {
        return position >= 0 && position < header.size() ? header.get(position) : null;
    }

    private void grow(char c) throws Refused {
        if (inHeader) {
            name.append(c);
        }
        if (++cellLength > limits.maxCellLength()) {
            throw new Refused(cellLine, cell, "cellule de plus de " + limits.maxCellLength() + " caractères (réglage"
                    + " maillage.import.max-cell-length) : refusée avant d'être lue en entier");
        }
    }
}
