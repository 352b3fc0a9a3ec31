package fr.maillage.imports.derived;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import fr.maillage.imports.BundleImporter;
import fr.maillage.imports.ImportOutcome;
import fr.maillage.imports.ImportRequester;

/**
 * A bundle derived from reference data (lot dérivé: ROR structures, INSEE territories): one contract CSV
 * file written to a temporary folder and imported by {@link BundleImporter}, so that rows from
 * elsewhere are validated and written exactly like a pilot's own file.
 */
@Component
public class DerivedBundle {

    private final BundleImporter importer;

    public DerivedBundle(BundleImporter importer) {
        this.importer = importer;
    }

    /**
     * @param fileName a contract file name, e.g. {@code structures.csv}
     * @param header   its columns
     * @param rows     one list of cells per row, in the header's order; null for an empty cell
     * @param requester who asks: the rows must lie within their scope
     */
    public ImportOutcome importFile(String fileName, List<String> header, List<List<Object>> rows,
                                    ImportRequester requester) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("maillage-derived-");
            try (Writer writer = Files.newBufferedWriter(folder.resolve(fileName), StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (List<Object> row : rows) {
                    csv.printRecord(row);
                }
            }
            return importer.importBundle(folder, requester);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                // A temporary folder left behind is harmless; the answer matters more.
                FileSystemUtils.deleteRecursively(folder.toFile());
            }
        }
    }
}
