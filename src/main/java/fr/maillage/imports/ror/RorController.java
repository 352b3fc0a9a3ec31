package fr.maillage.imports.ror;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.imports.ImportRequesters;
import io.swagger.v3.oas.annotations.Operation;
import fr.maillage.imports.ImportRequesters;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import fr.maillage.imports.ImportRequesters;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Imports")
public class RorController {

    private final RorImporter importer;
    private final ImportRequesters requesters;

    public RorController(RorImporter importer, ImportRequesters requesters) {
        this.importer = importer;
        this.requesters = requesters;
    }

    @PostMapping(path = "/api/imports/ror", consumes = {"application/json", "application/fhir+json"})
    @Operation(summary = "Importer les structures du ROR (Bundle FHIR R4, JSON)",
            description = "Chaque Organization portant une catégorie d'établissement FINESS (TRE_R66) connue devient une "
                    + "structure : type et secteur selon la catégorie, domaines selon les activités de ses "
                    + "HealthcareService, territoires = les communes Maillage portant les codes INSEE de sa zone "
                    + "d'intervention, sinon de ses lieux (Location) ou de son adresse. Les structures passent par "
                    + "l'import de lots (mêmes contrôles, tout-ou-rien). Les codes non reconnus sont listés dans "
                    + "« unmapped », les organisations écartées dans « skipped » avec la raison : rien n'est deviné.")
    @ApiResponse(responseCode = "201", description = "Structures importées (counts), avec les codes non reconnus")
    @ApiResponse(responseCode = "400", description = "Le corps n'est pas un Bundle FHIR R4 en JSON")
    public ResponseEntity<Map<String, Object>> importRor(@RequestBody String bundle) {
        RorImporter.RorOutcome outcome = importer.importBundle(bundle, requesters.current());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", outcome.imported() == null ? null : outcome.imported().id());
        body.put("counts", outcome.imported() == null ? Map.of("structures.csv", 0L) : outcome.imported().counts());
        body.put("resources", outcome.mapping().resources());
        body.put("structures", outcome.mapping().structures().stream().map(RorMapping.Row::id).toList());
        body.put("skipped", outcome.mapping().skipped());
        body.put("unmapped", outcome.mapping().unmapped());
        ResponseEntity.BodyBuilder answer = outcome.imported() == null ? ResponseEntity.status(HttpStatus.CREATED)
                : ResponseEntity.created(URI.create("/api/imports/" + outcome.imported().id()));
        return answer.body(body);
    }
}
