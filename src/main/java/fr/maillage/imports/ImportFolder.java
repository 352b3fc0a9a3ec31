package fr.maillage.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import fr.maillage.api.BadParameterException;

/**
 * The one folder of the server that {@code POST /api/imports?path=} may read (dossier des
 * imports, {@code maillage.import.folder}), none by default: otherwise any caller could have
 * the server list and import whatever CSV files it holds. A path is taken relative to that
 * folder, never with {@code ..}, and followed to its real place on disk, so that no symbolic
 * link leads out either. Answers name only what the caller sent, never where the folder is.
 */
@Component
class ImportFolder {

    static final String SETTING = "maillage.import.folder";

    private final String configured;

    ImportFolder(ImportProperties properties) {
        this.configured = properties.getFolder();
    }

    /**
     * The bundle the caller named, inside the folder; it may not exist ({@link #problems}).
     *
     * @throws BadParameterException when folder imports are off, or the path leads out of the folder
     */
    Path resolve(String requested) {
        if (configured == null || configured.isBlank()) {
            throw new BadParameterException("path", "Les imports depuis un dossier du serveur sont désactivés :"
                    + " envoyez le lot en pièce jointe (« file »), ou réservez un dossier aux imports avec le réglage "
                    + SETTING);
        }
        Path relative;
        try {
            relative = Path.of(requested);
        } catch (InvalidPathException e) {
            throw refused(requested, "ce n'est pas un chemin valide");
        }
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                throw refused(requested, "« .. » n'est pas permis");
            }
        }
        Path base = Path.of(configured).toAbsolutePath().normalize();
        Path bundle = base.resolve(relative).normalize();
        if (bundle.equals(base)) {
            throw refused(requested, "donnez un dossier ou une archive zip du dossier des imports, pas le dossier"
                    + " lui-même");
        }
        if (!bundle.startsWith(base)) {
            throw refused(requested, "il mène hors du dossier des imports");
        }
        if (Files.exists(bundle) && !leadsInside(bundle, realBase(base))) {
            throw refused(requested, "un lien symbolique le mène hors du dossier des imports");
        }
        return bundle;
    }

    /**
     * What stops the bundle from being read at all: it is missing, or some file of the folder is
     * a symbolic link leading out of the import folder. Each problem names the file as the caller
     * knows it.
     */
    List<ImportProblem> problems(String requested, Path bundle) {
        if (!Files.exists(bundle)) {
            return List.of(new ImportProblem(requested, null, null,
                    "dossier ou archive zip introuvable dans le dossier des imports"));
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (Files.isDirectory(bundle)) {
            Path realBase = realBase(Path.of(configured).toAbsolutePath().normalize());
            try (Stream<Path> children = Files.list(bundle)) {
                children.sorted(Comparator.naturalOrder())
                        .filter(child -> Files.isSymbolicLink(child) && !leadsInside(child, realBase))
                        .forEach(child -> problems.add(new ImportProblem(child.getFileName().toString(), null, null,
                                "lien symbolique brisé ou menant hors du dossier des imports : refusé")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return problems;
    }

    /** A dangling link is refused too: reading it would fail with the server path of its target. */
    private static boolean leadsInside(Path path, Path realBase) {
        try {
            return path.toRealPath().startsWith(realBase);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path realBase(Path base) {
        try {
            return base.toRealPath();
        } catch (IOException e) {
            throw new BadParameterException("path", "Le dossier des imports (réglage " + SETTING + ") n'existe pas sur"
                    + " le serveur");
        }
    }

    private static BadParameterException refused(String requested, String why) {
        return new BadParameterException("path", "Chemin « " + requested + " » refusé : " + why + " (réglage " + SETTING
                + ")");
    }
}
