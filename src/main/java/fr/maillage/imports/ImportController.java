package fr.maillage.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.maillage.api.BadParameterException;
import fr.maillage.api.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports")
public class ImportController {

    private final BundleImporter importer;

    public ImportController(BundleImporter importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.ALL_VALUE})
    @Operation(summary = "Importer un lot (zip envoyé ou dossier du serveur)",
            description = "Valide tout le lot puis l'écrit en tout-ou-rien. 201 avec les lignes écrites par fichier,"
                    + " 422 avec chaque problème localisé (fichier, ligne, colonne, message), 409 si un import est"
                    + " déjà en cours.")
    @ApiResponse(responseCode = "201", description = "Lot importé")
    @ApiResponse(responseCode = "422", description = "Lot refusé : rien n'a été écrit")
    @ApiResponse(responseCode = "409", description = "Un autre import est en cours")
    public ResponseEntity<Map<String, Object>> importBundle(
            @Parameter(description = "Archive zip du lot") @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(description = "Dossier du lot sur le serveur") @RequestParam(name = "path", required = false) String path) {
        if ((file == null) == (path == null || path.isBlank())) {
            throw new BadParameterException("file", "Donnez soit un fichier zip (« file »), soit un dossier du serveur (« path »)");
        }
        ImportOutcome outcome = file != null ? importUpload(file) : importer.importBundle(Path.of(path));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", outcome.id());
        body.put("counts", outcome.counts());
        return ResponseEntity.created(URI.create("/api/imports/" + outcome.id())).body(body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Suivi d'un import : statut, lignes écrites sur le total, comptes et problèmes")
    public ImportStatus status(@PathVariable String id) {
        return importer.status(id).orElseThrow(() -> new NotFoundException("Import inconnu : " + id));
    }

    /** The upload is kept under its own name, so problems of the whole archive name it. */
    private ImportOutcome importUpload(MultipartFile file) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("maillage-import-");
            String name = Path.of(file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "lot.zip" : file.getOriginalFilename()).getFileName().toString();
            Path zip = folder.resolve(name);
            file.transferTo(zip);
            return importer.importBundle(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the answer matters more.
        }
    }
}
