package fr.maillage.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * A bundle sent from the browser or with {@code curl -F} (lot envoyé): one zip, or some of the
 * contract's CSV files. Each part is copied, as a stream, into a fresh temporary folder under its
 * base name, and the folder is deleted on close. The names are checked before anything is
 * copied: a part's name is the one thing of the upload the sender chooses outright.
 */
final class UploadedBundle implements AutoCloseable {

    /** The name of a part sent without one, as a single zip always was. */
    private static final String NAMELESS = "lot.zip";

    private final Path folder;
    private final Path bundle;
    private final String source;
    private final List<ImportProblem> problems;

    private UploadedBundle(Path folder, Path bundle, String source, List<ImportProblem> problems) {
        this.folder = folder;
        this.bundle = bundle;
        this.source = source;
        this.problems = problems;
    }

    /**
     * Checks the parts' names, then, when they make a bundle, copies the parts to disk.
     * Problems of names are those of the whole file ({@code line} and {@code column} null).
     */
    static UploadedBundle store(List<MultipartFile> parts) throws IOException {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, MultipartFile> named = new LinkedHashMap<>();
        List<String> zips = new ArrayList<>();
        for (MultipartFile part : parts) {
            String name = baseName(part.getOriginalFilename());
            if (name.isEmpty() || name.startsWith(".") || name.chars().anyMatch(Character::isISOControl)) {
                problems.add(new ImportProblem(name, null, null, "nom de fichier refusé : un nom vide, caché (« . » en"
                        + " tête) ou relatif (« .. ») ne désigne aucun fichier du lot"));
            } else if (named.putIfAbsent(name, part) != null) {
                problems.add(new ImportProblem(name, null, null, "fichier envoyé deux fois"));
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                zips.add(name);
            } else if (ContractFile.named(name).isEmpty()) {
                problems.add(new ImportProblem(name, null, null, Bundle.unknownFileMessage(name)
                        + " ; ou bien une seule archive .zip du lot"));
            }
        }
        if (zips.size() > 1) {
            zips.subList(1, zips.size()).forEach(zip -> problems.add(new ImportProblem(zip, null, null,
                    "une seule archive zip par envoi : « " + zips.get(0) + " » est déjà envoyée")));
        } else if (zips.size() == 1 && named.size() > 1) {
            problems.add(new ImportProblem(zips.get(0), null, null, "une archive zip s'envoie seule : envoyez soit"
                    + " l'archive, soit les fichiers CSV du lot"));
        }
        String source = zips.size() == 1 ? zips.get(0) : String.join(", ", named.keySet());
        if (!problems.isEmpty()) {
            return new UploadedBundle(null, null, source, List.copyOf(problems));
        }
        Path folder = Files.createTempDirectory("maillage-import-");
        try {
            for (Map.Entry<String, MultipartFile> part : named.entrySet()) {
                part.getValue().transferTo(folder.resolve(part.getKey()));
            }
        } catch (IOException | RuntimeException e) {
            FileSystemUtils.deleteRecursively(folder.toFile());
            throw e;
        }
        return new UploadedBundle(folder, zips.isEmpty() ? folder : folder.resolve(zips.get(0)), source, List.of());
    }

    /**
     * The last part of a sent name: browsers send a bare name, but a client may send a path (old
     * browsers sent {@code C:\...\territories.csv}) or {@code ../../etc/cron.d/x}.
     */
    private static String baseName(String sent) {
        if (sent == null || sent.isBlank()) {
            return NAMELESS;
        }
        return sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
    }

    /** The folder or zip to import; null when the names have problems. */
    Path bundle() {
        return bundle;
    }

    /** What the history shows: the zip's name, or the CSV files' names. */
    String source() {
        return source;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public void close() {
        if (folder != null) {
            // A temporary folder left behind is harmless; the answer matters more.
            FileSystemUtils.deleteRecursively(folder.toFile());
        }
    }
}
