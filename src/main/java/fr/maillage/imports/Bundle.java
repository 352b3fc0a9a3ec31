package fr.maillage.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * An import bundle (lot d'import): a folder or a zip of contract CSV files, opened as many
 * times as needed (validation reads every file once, the writer once more), so the rows never
 * all sit in memory at once. A zip's entries are never unpacked to disk, only read as streams
 * whose inflated bytes are counted against the {@link ReadLimits}; a symbolic link in a folder is
 * refused, whatever it leads to.
 */
final class Bundle implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Bundle.class);

    /** One megabyte (Mi) inflated before an entry's compression ratio is judged: tiny files compress oddly. */
    private static final long RATIO_FROM = 1 << 20;

    private final ZipFile zip;
    private final Map<ContractFile, Opener> files;
    private final List<ImportProblem> problems;
    private final ReadLimits limits;

    /** Reading stopped at a limit of the zip's unpacked size: the problem says which. */
    static final class Oversized extends IOException {
        final transient ImportProblem problem;

        Oversized(ImportProblem problem) {
            super(problem.message());
            this.problem = problem;
        }
    }

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private Bundle(ZipFile zip, Map<ContractFile, Opener> files, List<ImportProblem> problems, ReadLimits limits) {
        this.zip = zip;
        this.files = files;
        this.problems = problems;
        this.limits = limits;
    }

    /** A bundle of these files' openers, without problems (tests that make a file fail as it is read). */
    static Bundle of(Map<ContractFile, Opener> files, ReadLimits limits) {
        return new Bundle(null, new EnumMap<>(files), new ArrayList<>(), limits);
    }

    /**
     * Opens a folder (its top-level files) or a zip (its entries, whatever folder they sit in).
     * CSV files whose names are not contract files become problems, never silently skipped;
     * other files (notes, a README) are not data and are ignored, and so are hidden files and
     * macOS' {@code __MACOSX/} companions.
     */
    static Bundle open(Path folderOrZip, ReadLimits limits) {
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
                        if (Files.isSymbolicLink(child)) {
                            problems.add(new ImportProblem(name, null, null, "lien symbolique refusé : un lot est fait"
                                    + " de fichiers, pas de liens vers d'autres fichiers du serveur"));
                        } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                            problems.add(new ImportProblem(name, null, null,
                                    "sous-dossier inattendu : les fichiers CSV doivent être à la racine du dossier"));
                        } else {
                            // Not followed even if it became a link since it was listed.
                            add(files, problems, name, () -> Files.newInputStream(child, LinkOption.NOFOLLOW_LINKS));
                        }
                    }
                }
                return finish(null, files, problems, shown, limits);
            }
            if (Files.isRegularFile(folderOrZip)) {
                ZipFile zip;
                try {
                    zip = new ZipFile(folderOrZip.toFile());
                } catch (IOException e) {
                    problems.add(new ImportProblem(shown, null, null, "ni un dossier ni une archive zip lisible"));
                    return new Bundle(null, files, problems, limits);
                }
                if (zip.size() > limits.maxEntries()) {
                    problems.add(new ImportProblem(shown, null, null, "archive de " + zip.size() + " entrées : au plus "
                            + limits.maxEntries() + " (réglage maillage.import.max-entries) ; le contrat compte "
                            + ContractFile.values().length + " fichiers"));
                    return new Bundle(zip, files, problems, limits);
                }
                Unpacking unpacking = new Unpacking(shown, limits);
                Map<ContractFile, String> paths = new EnumMap<>(ContractFile.class);
                for (ZipEntry entry : zip.stream().sorted(Comparator.comparing(ZipEntry::getName)).toList()) {
                    String path = entry.getName();
                    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
                    if (leadsOut(path)) {
                        problems.add(new ImportProblem(path, null, null, "entrée de l'archive refusée : un chemin absolu"
                                + " ou qui remonte (« .. ») ne désigne aucun fichier du lot"));
                    } else if (entry.isDirectory() || name.startsWith(".") || path.startsWith("__MACOSX/")) {
                        continue;
                    } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                        problems.add(new ImportProblem(path, null, null, "archive zip dans l'archive : refusée ; mettez"
                                + " les fichiers CSV du lot directement dans une seule archive"));
                    } else {
                        ContractFile.named(name).filter(file -> paths.containsKey(file)).ifPresentOrElse(file ->
                                problems.add(new ImportProblem(name, null, null, "fichier présent deux fois dans"
                                        + " l'archive : « " + paths.get(file) + " » et « " + path + " »")),
                                () -> {
                                    ContractFile.named(name).ifPresent(file -> paths.put(file, path));
                                    add(files, problems, name, () -> unpacking.open(zip, entry, name));
                                });
                    }
                }
                return finish(zip, files, problems, shown, limits);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.add(new ImportProblem(shown, null, null, "dossier ou archive zip introuvable"));
        return new Bundle(null, files, problems, limits);
    }

    /** An entry's path that would leave the folder it were unpacked in (none is, but it shows a hostile zip). */
    private static boolean leadsOut(String path) {
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : path.split("[/\\\\]")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
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

    private static Bundle finish(ZipFile zip, Map<ContractFile, Opener> files, List<ImportProblem> problems, String shown,
                                 ReadLimits limits) {
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(shown, null, null, "aucun fichier CSV du contrat dans le lot"));
        }
        return new Bundle(zip, files, problems, limits);
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

    /** A file of the bundle, read within the limits. */
    CsvFile csv(ContractFile file) throws IOException {
        return new CsvFile(file.fileName(), files.get(file).open(), limits);
    }

    /** Problems of the bundle as a whole: unknown names, no CSV, unreadable archive. */
    List<ImportProblem> problems() {
        return problems;
    }

    /**
     * The inflated bytes of a zip's entries, counted as they are read. The total counts each
     * entry once, on its first reading (validation's), the largest any reading of it goes.
     */
    private static final class Unpacking {
        private final String zipName;
        private final ReadLimits limits;
        private final AtomicLong total = new AtomicLong();
        private final Set<String> counted = ConcurrentHashMap.newKeySet();

        Unpacking(String zipName, ReadLimits limits) {
            this.zipName = zipName;
            this.limits = limits;
        }

        InputStream open(ZipFile zip, ZipEntry entry, String name) throws IOException {
            boolean first = counted.add(entry.getName());
            long compressed = Math.max(1, entry.getCompressedSize());
            return new FilterInputStream(zip.getInputStream(entry)) {
                private long inflated;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int read = super.read(buffer, offset, length);
                    if (read > 0) {
                        count(read);
                    }
                    return read;
                }

                private void count(int bytes) throws Oversized {
                    inflated += bytes;
                    if (inflated > limits.maxEntrySize()) {
                        throw refused(name, "décompressé, ce fichier dépasse " + ImportAnswers.french(DataSize.ofBytes(limits.maxEntrySize()))
                                + " (réglage maillage.import.max-entry-size)");
                    }
                    if (inflated > RATIO_FROM && inflated / compressed > limits.maxCompressionRatio()) {
                        throw refused(name, "ce fichier se décompresse plus de " + limits.maxCompressionRatio()
                                + " fois (réglage maillage.import.max-compression-ratio) : une bombe de décompression,"
                                + " pas un export CSV");
                    }
                    if (first && total.addAndGet(bytes) > limits.maxUnzippedSize()) {
                        throw refused(zipName, "décompressée, l'archive dépasse " + ImportAnswers.french(
                                DataSize.ofBytes(limits.maxUnzippedSize())) + " (réglage maillage.import.max-unzipped-size)");
                    }
                }
            };
        }

        private static Oversized refused(String file, String why) {
            return new Oversized(new ImportProblem(file, null, null, why + " ; lecture arrêtée, rien n'a été écrit"));
        }
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
