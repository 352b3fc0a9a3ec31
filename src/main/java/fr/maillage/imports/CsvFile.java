package fr.maillage.imports;

import java.io.BufferedInputStream;
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
 * the lines reported after them. Cells, records and columns past the {@link ReadLimits} stop the
 * reading where they are ({@link CsvGuard}), as a syntax problem does.
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
    private final CsvGuard guard;

    CsvFile(String file, InputStream in, ReadLimits limits) throws IOException {
        this.file = file;
        BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
        BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(INVALID))), 1 << 16);
        try {
            bytes.mark(2);
            int first = bytes.read();
            int second = bytes.read();
            bytes.reset();
            if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
                // Decoded as UTF-8, every other character would be a null: say what the file is instead.
                syntaxProblem = new ImportProblem(file, 1, null, "fichier encodé en UTF-16 (il commence par la"
                        + " marque d'ordre des octets d'UTF-16) : enregistrez-le en UTF-8");
            }
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        } catch (Bundle.Oversized e) {
            syntaxProblem = e.problem;
        }
        this.guard = new CsvGuard(reader, limits);
        this.parser = CSVParser.builder().setReader(guard).setFormat(FORMAT).get();
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
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CsvGuard.Refused refused) {
                    syntaxProblem = new ImportProblem(file, refused.line, guard.columnName(refused.cell),
                            refused.getMessage());
                } else if (e.getCause() instanceof Bundle.Oversized oversized) {
                    syntaxProblem = oversized.problem;
                } else {
                    syntaxProblem = malformed(line);
                }
                return null;
            } catch (IllegalStateException e) {
                syntaxProblem = malformed(line);
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

    private ImportProblem malformed(int line) {
        return new ImportProblem(file, line, null, "CSV mal formé (RFC 4180) : un champ entre guillemets doit être"
                + " fermé, et ses guillemets internes doublés (\"\")");
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
