package fr.maillage.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of a bundle read record by record (RFC 4180, UTF-8 with an optional BOM), each
 * record with the physical line of each of its cells, so quoted multi-line cells do not shift
 * the lines reported after them.
 */
final class CsvFile implements AutoCloseable {

    /**
     * What a byte sequence that is not UTF-8 decodes to: cells holding it are reported as
     * badly encoded, at their line and column, instead of failing the whole file at an
     * approximate position.
     */
    static final char INVALID = '\uFFFD';

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            // Blank lines are skipped by this class itself, so line numbers stay physical.
            .setIgnoreEmptyLines(false)
            .get();

    /** A record: its cells and the physical line each cell starts on. */
    record Row(int line, List<String> cells, int[] cellLines) {
        int lineOf(int cell) {
            return cell < cellLines.length ? cellLines[cell] : line;
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String file;
    private ImportProblem syntaxProblem;

    CsvFile(String file, InputStream in) throws IOException {
        this.file = file;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(INVALID))), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    /**
     * The next non-blank record, or null at the end of the file or at the first RFC 4180
     * syntax error (then {@link #syntaxProblem()} says where).
     */
    Row next() {
        while (syntaxProblem == null) {
            int line = (int) parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                syntaxProblem = new ImportProblem(file, line, null,
                        "CSV mal formé (RFC 4180) : un champ entre guillemets doit être fermé, et ses guillemets"
                                + " internes doublés (\"\")");
                return null;
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            List<String> cells = record.toList();
            int[] cellLines = new int[cells.size()];
            int current = line;
            for (int i = 0; i < cells.size(); i++) {
                cellLines[i] = current;
                current += newlines(cells.get(i));
            }
            return new Row(line, cells, cellLines);
        }
        return null;
    }

    ImportProblem syntaxProblem() {
        return syntaxProblem;
    }

    private static int newlines(String cell) {
        int count = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
