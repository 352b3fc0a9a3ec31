package fr.maillage.imports.insee;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.api.BadParameterException;
import fr.maillage.imports.ImportRequesters;
import io.swagger.v3.oas.annotations.Operation;
import fr.maillage.imports.ImportRequesters;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import fr.maillage.imports.ImportRequesters;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Territoires")
public class InseeController {

    /** A DAC territory by the INSEE codes of its communes. */
    public record DacRequest(String id, String name, List<String> communes) {
    }

    private final InseeTerritories territories;
    private final ImportRequesters requesters;

    public InseeController(InseeTerritories territories, ImportRequesters requesters) {
        this.territories = territories;
        this.requesters = requesters;
    }

    @PostMapping("/api/territories/insee")
    @Operation(summary = "Créer le territoire d'un DAC à partir des codes INSEE de ses communes",
            description = "Crée (ou met à jour) la chaîne officielle du Code officiel géographique : région, département, "
                    + "le territoire du DAC et ses communes, chacune avec son code INSEE et sa population. Un territoire "
                    + "portant déjà le même niveau et le même code INSEE garde son identifiant. Passe par l'import de "
                    + "lots (territories.csv, tout-ou-rien).")
    @ApiResponse(responseCode = "201", description = "Territoires créés ou mis à jour")
    @ApiResponse(responseCode = "400", description = "Identifiant ou nom manquant, liste vide, ou codes commune inconnus du COG")
    @ApiResponse(responseCode = "503", description = "Référentiel INSEE non configuré (maillage.insee.cog-dir)")
    public ResponseEntity<Map<String, Object>> createDac(@RequestBody DacRequest request) {
        if (request.id() == null || request.id().isBlank()) {
            throw new BadParameterException("id", "Paramètre « id » manquant : l'identifiant du territoire du DAC");
        }
        if (request.name() == null || request.name().isBlank()) {
            throw new BadParameterException("name", "Paramètre « name » manquant : le nom du territoire du DAC");
        }
        InseeTerritories.Outcome outcome = territories.createDac(request.id(), request.name(), request.communes(),
                requesters.current());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", outcome.imported().id());
        body.put("counts", outcome.imported().counts());
        body.put("territories", outcome.territories());
        return ResponseEntity.created(URI.create("/api/imports/" + outcome.imported().id())).body(body);
    }

    @ExceptionHandler(InseeTerritories.NotConfiguredException.class)
    ResponseEntity<Map<String, Object>> notConfigured(InseeTerritories.NotConfiguredException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("status", 503, "message", e.getMessage()));
    }
}
