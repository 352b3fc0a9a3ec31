package fr.maillage.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The rows of a generated bundle, read back with the header, for tests on the generated data. */
final class BundleRows {

    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<Map<String, String>>> files = new LinkedHashMap<>();

    BundleRows(Path folder) throws IOException {
        for (String file : CsvBundleWriter.COLUMNS.keySet()) {
            Path path = folder.resolve(file);
            if (!Files.exists(path)) {
                continue;
            }
            try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
                headers.put(file, parser.getHeaderNames());
                List<Map<String, String>> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    rows.add(record.toMap());
                }
                files.put(file, rows);
            }
        }
    }

    List<String> header(String file) {
        return headers.get(file);
    }

    List<Map<String, String>> rows(String file) {
        return files.getOrDefault(file, List.of());
    }

    static LocalDate date(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }

    static List<String> list(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(";"));
    }
}
