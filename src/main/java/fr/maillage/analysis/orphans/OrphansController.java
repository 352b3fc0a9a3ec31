package fr.maillage.analysis.orphans;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.api.Window;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Situations orphelines")
public class OrphansController {

    private final Orphans orphans;

    public OrphansController(Orphans orphans) {
        this.orphans = orphans;
    }

    @GetMapping("/api/territories/{id}/orphans")
    @Operation(summary = "Situations orphelines d'un territoire à une date",
            description = "Pour les personnes du territoire (ou de ses territoires descendants) dont la situation "
                    + "n'est pas close à la date, chaque motif qui s'applique : sans_interlocuteur, ping_pong, "
                    + "sans_reponse, complexe_sans_gestionnaire, besoin_non_couvert. Tri : nombre de motifs "
                    + "décroissant, puis identifiant de la personne.")
    @ApiResponse(responseCode = "200", description = "Les situations orphelines")
    @ApiResponse(responseCode = "400", description = "Paramètre invalide (nommé dans la réponse)")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public List<OrphanSituation> orphans(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "Date d'observation (AAAA-MM-JJ), aujourd'hui par défaut")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "Fenêtre d'observation en jours avant la date (90 par défaut)")
            @RequestParam(required = false) Integer window,
            @Parameter(description = "Délai en jours au-delà duquel une orientation est sans réponse (30 par défaut)")
            @RequestParam(required = false) Integer noResponseDays) {
        return orphans.of(id, asOf != null ? Window.checked("asOf", asOf) : LocalDate.now(), OrphanThresholds.of(window, noResponseDays));
    }
}
