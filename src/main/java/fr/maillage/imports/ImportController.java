package fr.maillage.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Imports listed by the history when the caller does not say. */
    static final int HISTORY_DEFAULT = 50;
    static final int HISTORY_MAX = 500;

    private final BundleImporter importer;
    private final ImportRequesters requesters;
    private final ImportFolder folder;

    ImportController(BundleImporter importer, ImportRequesters requesters, ImportFolder folder) {
        this.importer = importer;
        this.requesters = requesters;
        this.folder = folder;
    }

    @PostMapping(consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.ALL_VALUE})
    @Operation(summary = "Importer un lot (zip ou fichiers CSV envoyés, ou dossier des imports du serveur)",
            description = "Valide tout le lot puis l'écrit en tout-ou-rien. Un pilote n'importe que des lignes de son"
                    + " périmètre. 201 avec les lignes écrites par fichier, 422 avec chaque problème localisé (fichier,"
                    + " ligne, colonne, message), 409 si un import est déjà en cours, 413 au-delà de la taille permise"
                    + " (maillage.import.max-upload-size).")
    @ApiResponse(responseCode = "201", description = "Lot importé")
    @ApiResponse(responseCode = "400", description = "Ni fichier ni chemin, les deux, ou un chemin hors du dossier des imports")
    @ApiResponse(responseCode = "413", description = "Envoi au-delà de la taille permise")
    @ApiResponse(responseCode = "422", description = "Lot refusé : rien n'a été écrit")
    @ApiResponse(responseCode = "409", description = "Un autre import est en cours")
    public ResponseEntity<Map<String, Object>> importBundle(
            @Parameter(description = "Le lot : une archive zip, ou un ou plusieurs fichiers CSV du contrat (territories.csv…)")
            @RequestPart(name = "file", required = false) List<MultipartFile> files,
            @Parameter(description = "Un dossier ou une archive zip du lot, dans le dossier des imports du serveur"
                    + " (maillage.import.folder)")
            @RequestParam(name = "path", required = false) String path) {
        boolean upload = files != null && !files.isEmpty();
        if (upload == (path != null && !path.isBlank())) {
            throw new BadParameterException("file", "Donnez soit le lot envoyé (« file » : un zip ou des fichiers CSV),"
                    + " soit un chemin dans le dossier des imports du serveur (« path »)");
        }
        ImportRequester requester = requesters.current();
        ImportOutcome outcome = upload ? importUpload(files, requester) : importFolder(path, requester);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", outcome.id());
        body.put("counts", outcome.counts());
        return ResponseEntity.created(URI.create("/api/imports/" + outcome.id())).body(body);
    }

    @GetMapping
    @Operation(summary = "Historique des imports, le plus récent d'abord : qui, quand, statut, comptes et progression")
    public List<ImportSummary> history(
            @Parameter(description = "Nombre d'imports listés, de 1 à " + HISTORY_MAX)
            @RequestParam(name = "limit", defaultValue = "" + HISTORY_DEFAULT) int limit) {
        if (limit < 1 || limit > HISTORY_MAX) {
            throw new BadParameterException("limit", "Paramètre « limit » invalide : « " + limit + " » (attendu un entier"
                    + " de 1 à " + HISTORY_MAX + ")");
        }
        return importer.history(limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Suivi d'un import : statut, auteur, lignes écrites sur le total, comptes et problèmes")
    public ImportStatus status(@PathVariable String id) {
        return importer.status(id).orElseThrow(() -> new NotFoundException("Import inconnu : " + id));
    }

    private ImportOutcome importUpload(List<MultipartFile> files, ImportRequester requester) {
        try (UploadedBundle bundle = UploadedBundle.store(files)) {
            if (!bundle.problems().isEmpty()) {
                throw importer.refuse(bundle.source(), requester, bundle.problems());
            }
            return importer.importBundle(bundle.bundle(), bundle.source(), requester);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportOutcome importFolder(String requested, ImportRequester requester) {
        Path bundle = folder.resolve(requested);
        List<ImportProblem> problems = folder.problems(requested, bundle);
        if (!problems.isEmpty()) {
            throw importer.refuse(requested, requester, problems);
        }
        return importer.importBundle(bundle, requester);
    }
}
