package fr.maillage.analysis.overlaps;

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
@Tag(name = "Chevauchements")
public class OverlapsController {

    private final Overlaps overlaps;

    public OverlapsController(Overlaps overlaps) {
        this.overlaps = overlaps;
    }

    @GetMapping("/api/territories/{id}/overlaps")
    @Operation(summary = "Chevauchements d'un territoire sur une période",
            description = "Personnes : evaluations_multiples (deux évaluations de structures différentes commencées "
                    + "dans la période, à 90 jours au plus d'écart) et referents_multiples (référents ou gestions de "
                    + "cas de deux structures actifs ensemble un jour de la période). Structures : paires de "
                    + "l'écologie du territoire dont les couvertures (domaine, complexité, étape) se recoupent, avec "
                    + "l'indice de Jaccard et le nombre de personnes suivies en commun ; deux structures ne se "
                    + "chevauchent que si elles desservent un même territoire parmi le territoire et ceux qu'il "
                    + "contient (v1.3). « types » et « coordination » ne gardent que les paires dont les deux "
                    + "structures ont l'un des types ou l'un des modes de coordination nommés ; sans eux, toutes "
                    + "les paires.")
    @ApiResponse(responseCode = "200", description = "Les chevauchements")
    @ApiResponse(responseCode = "400", description = "Paramètre invalide (nommé dans la réponse)")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public OverlapsResult overlaps(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "Début de la période (AAAA-MM-JJ), 12 mois avant « to » par défaut")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Fin de la période (AAAA-MM-JJ), aujourd'hui par défaut")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Types de structure, séparés par des virgules (ex. dac,clic,maia) : "
                    + "seules les paires dont les deux structures ont l'un de ces types", example = "ssiad,saad")
            @RequestParam(required = false) String types,
            @Parameter(description = "Modes de coordination (mission, activite, aucune), séparés par des "
                    + "virgules : seules les paires dont les deux structures ont l'un de ces modes ; "
                    + "« mission » pour les missions de coordination seulement", example = "mission")
            @RequestParam(required = false) String coordination) {
        return overlaps.of(id, Window.of(from, to), PairFilter.of(types, coordination));
    }
}
