package fr.maillage.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An import bundle (lot d'import): a folder or a zip of contract CSV files, opened as many
 * times as needed (validation reads every file once, the writer once more), so the rows never
 * all sit in memory at once.
 */
final class Bundle implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Bundle.class);

    private final ZipFile zip;
    private final Map<ContractFile, Opener> files;
    private final List<ImportProblem> problems;

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private Bundle(ZipFile zip, Map<ContractFile, Opener> files, List<ImportProblem> problems) {
        this.zip = zip;
        this.files = files;
        this.problems = problems;
    }

    /**
     * Opens a folder (its top-level files) or a zip (its entries, whatever folder they sit in).
     * CSV files whose names are not contract files become problems, never silently skipped;
     * other files (notes, a README) are not data and are ignored, and so are hidden files and
     * macOS' {@code __MACOSX/} companions.
     */
    static Bundle open(Path folderOrZip) {
        Map<ContractFile, Opener> files = new EnumMap<>(ContractFile.class);
        List<ImportProblem> problems = new ArrayList<>();
        String shown = folderOrZip.getFileName() == null ? folderOrZip.toString() : folderOrZip.getFileName().toString();
        try {
            if (Files.isDirectory(folderOrZip)) {
                try (Stream<Path> children = Files.list(folderOrZip)) {
                    for (Path child : children.sorted(Comparator.comparing(Path::toString)).toList()) {
                        String name = child.getFileName().toString();
                        if (name.startsWith(".")) {
                            continue;
                        }
                        if (Files.isDirectory(child)) {
                            problems.add(new ImportProblem(name, null, null,
                                    "sous-dossier inattendu : les fichiers CSV doivent être à la racine du dossier"));
                        } else {
                            add(files, problems, name, () -> Files.newInputStream(child));
                        }
                    }
                }
                return finish(null, files, problems, shown);
            }
            if (Files.isRegularFile(folderOrZip)) {
                ZipFile zip;
                try {
                    zip = new ZipFile(folderOrZip.toFile());
                } catch (IOException e) {
                    problems.add(new ImportProblem(shown, null, null, "ni un dossier ni une archive zip lisible"));
                    return new Bundle(null, files, problems);
                }
                for (ZipEntry entry : zip.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList()) {
                    String path = entry.getName();
                    String name = path.substring(path.lastIndexOf('/') + 1);
                    if (entry.isDirectory() || name.startsWith(".") || path.startsWith("__MACOSX/")) {
                        continue;
                    }
                    add(files, problems, name, () -> zip.getInputStream(entry));
                }
                return finish(zip, files, problems, shown);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.add(new ImportProblem(shown, null, null, "dossier ou archive zip introuvable"));
        return new Bundle(null, files, problems);
    }

    private static void add(Map<ContractFile, Opener> files, List<ImportProblem> problems, String name, Opener opener) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            // Notes travel with bundles (a README beside the fixture); only CSV files are data.
            log.info("Fichier non CSV ignoré dans le lot : {}", name);
            return;
        }
        ContractFile.named(name).ifPresentOrElse(file -> {
            if (files.putIfAbsent(file, opener) != null) {
                problems.add(new ImportProblem(name, null, null, "fichier présent deux fois dans l'archive"));
            }
        }, () -> problems.add(new ImportProblem(name, null, null, unknownFileMessage(name))));
    }

    private static Bundle finish(ZipFile zip, Map<ContractFile, Opener> files, List<ImportProblem> problems, String shown) {
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(shown, null, null, "aucun fichier CSV du contrat dans le lot"));
        }
        return new Bundle(zip, files, problems);
    }

    static String unknownFileMessage(String name) {
        List<String> known = java.util.Arrays.stream(ContractFile.values()).map(ContractFile::fileName).toList();
        return "fichier inconnu du contrat" + Suggestions.closest(name, known)
                .map(s -> " (vouliez-vous dire « " + s + " » ?)").orElse("")
                + " ; fichiers attendus : " + String.join(", ", known);
    }

    /** The contract files present, in writing order. */
    List<ContractFile> files() {
        return List.copyOf(files.keySet());
    }

    InputStream open(ContractFile file) throws IOException {
        return files.get(file).open();
    }

    /** Problems of the bundle as a whole: unknown names, no CSV, unreadable archive. */
    List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
