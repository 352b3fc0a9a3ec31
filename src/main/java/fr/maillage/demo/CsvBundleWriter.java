package fr.maillage.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CSV files of a contract bundle (lot d'import), streaming rows so a bundle of
 * millions of rows never sits in memory. Columns are the contract's, in its order; UTF-8
 * without BOM, RFC 4180. A null cell is written empty (unknown), a list joined with {@code ;}.
 */
final class CsvBundleWriter implements AutoCloseable {

    /** The contract's files and their columns, in the contract's order. */
    static final Map<String, List<String>> COLUMNS = columns();

    private final Path folder;
    private final Map<String, CSVPrinter> printers = new LinkedHashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();

    CsvBundleWriter(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("territories.csv", List.of("id", "name", "kind", "parent_id", "population", "population_75_plus",
                "insee_code"));
        columns.put("structures.csv", List.of("id", "name", "type", "sector", "territory_ids", "domains", "complexity",
                "stages", "approach", "coordination", "min_age", "requires_apa", "capacity", "opened", "closed",
                "porteur_id", "absorbed_into"));
        columns.put("professionals.csv", List.of("id", "role", "structure_id", "origin_profession", "since", "until"));
        columns.put("persons.csv", List.of("id", "territory_id", "birth_year", "complexity", "needs", "lives_alone",
                "apa", "legal_protection"));
        columns.put("referrals.csv", List.of("id", "date", "person_id", "to_structure_id", "from_structure_id",
                "from_professional_id", "to_professional_id", "reasons", "status", "response_date", "redirected_to"));
        columns.put("involvements.csv", List.of("id", "person_id", "structure_id", "kind", "start", "professional_id",
                "end", "end_reason"));
        columns.put("partnerships.csv", List.of("structure_a", "structure_b", "kind", "since", "until", "strength"));
        columns.put("assessments.csv", List.of("id", "person_id", "date", "structure_id", "complexity", "needs", "apa"));
        columns.put("meetings.csv", List.of("id", "date", "table", "territory_id", "structure_ids", "person_id"));
        columns.put("fundings.csv", List.of("structure_id", "year", "funder", "amount_eur", "purpose"));
        return java.util.Collections.unmodifiableMap(columns);
    }

    /** Writes one row of {@code file}; cells in the order of {@link #COLUMNS}. */
    void row(String file, Object... cells) {
        if (cells.length != COLUMNS.get(file).size()) {
            throw new IllegalArgumentException(file + " : " + cells.length + " cellules au lieu de "
                    + COLUMNS.get(file).size());
        }
        try {
            CSVPrinter printer = printers.computeIfAbsent(file, this::open);
            for (Object cell : cells) {
                printer.print(cell(cell));
            }
            printer.println();
            rows.merge(file, 1L, Long::sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return String.join(";", list.stream().map(CsvBundleWriter::cell).toList());
        }
        if (value instanceof fr.maillage.vocabulary.Coded coded) {
            return coded.code();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }

    private CSVPrinter open(String file) {
        try {
            BufferedWriter out = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(COLUMNS.get(file));
            return printer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows written per file (header excluded), in the order the files were first written. */
    Map<String, Long> rows() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    @Override
    public void close() throws IOException {
        for (CSVPrinter printer : printers.values()) {
            printer.close();
        }
    }
}
