package fr.maillage.analysis.capacity;

import java.time.LocalDate;

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
@Tag(name = "Capacités et demande")
public class CapacityController {

    private final Capacities capacities;

    public CapacityController(Capacities capacities) {
        this.capacities = capacities;
    }

    @GetMapping("/api/territories/{id}/capacity")
    @Operation(summary = "Capacités des structures face à la demande, à une date (extension)",
            description = "Pour chaque structure de l'écologie du territoire qui déclare une capacité et est ouverte à "
                    + "la date : personnes suivies à la date (prises en charge actives, personnes distinctes, où "
                    + "qu'elles habitent) face à la capacité, orientations en attente de sa réponse à la date, refus "
                    + "répondus dans les 90 jours avant la date, saturation (suivies >= capacité) et places "
                    + "manquantes (suivies + en attente - capacité, au moins 0). Tri : taux d'occupation décroissant, "
                    + "puis identifiant. Agrégats : un planificateur voit « <5 » pour tout compte de personnes sous 5.")
    @ApiResponse(responseCode = "200", description = "Les capacités et la demande")
    @ApiResponse(responseCode = "400", description = "Paramètre invalide (nommé dans la réponse)")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public CapacityResult capacity(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "Date d'observation (AAAA-MM-JJ), aujourd'hui par défaut")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return capacities.of(id, asOf != null ? Window.checked("asOf", asOf) : LocalDate.now());
    }
}
