package fr.maillage.network;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.api.Window;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/territories")
@Tag(name = "Méta-réseau")
public class NetworkController {

    private final MetaNetworks metaNetworks;

    public NetworkController(MetaNetworks metaNetworks) {
        this.metaNetworks = metaNetworks;
    }

    @GetMapping("/{id}/network")
    @Operation(summary = "Méta-réseau d'un territoire sur une période",
            description = "Contrat v1.3 : les échanges au sujet des personnes du territoire (qui vivent dans le "
                    + "territoire ou en dessous). Nœuds : les structures de l'écologie du territoire et celles qui ont "
                    + "échangé au sujet de ces personnes (inEcology=false). Liens observés : orientations de ces personnes "
                    + "dans la période (dans les deux sens) + personnes du territoire suivies en même temps par les deux "
                    + "structures ; poids = orientations + personnes partagées. "
                    + "Les partenariats déclarés (liens perçus) forment une liste à part, jamais fusionnée. "
                    + "fold=coordination : méta-réseau plié pour la table stratégique, les structures dont la "
                    + "coordination est la mission (et celles de keep) gardées, toutes les autres regroupées en un nœud "
                    + "par type (id « type:<code> », folded=true, memberCount, members), les liens additionnés.")
    @ApiResponse(responseCode = "200", description = "Le méta-réseau")
    @ApiResponse(responseCode = "400", description = "Paramètre de date invalide, from après to, mode de pliage "
            + "inconnu, ou structure de keep hors du méta-réseau")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public NetworkView network(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "Début de la période (AAAA-MM-JJ), par défaut 12 mois avant « to »")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Fin de la période (AAAA-MM-JJ), par défaut aujourd'hui")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = FOLD + " ; par défaut : none") @RequestParam(required = false) String fold,
            @Parameter(description = KEEP) @RequestParam(required = false) String keep) {
        Window window = Window.of(from, to);
        Fold chosen = Fold.of(fold, keep, Fold.NONE);
        return NetworkView.of(chosen.apply(metaNetworks.project(id, window)));
    }

    /** The description of the parameter {@code fold}, the same on the méta-réseau, its exports and the report. */
    public static final String FOLD = "Pliage : « coordination » garde les structures dont la coordination est la "
            + "mission (et celles de keep) et regroupe les autres en un nœud par type ; « none » : le méta-réseau entier";
    /** The description of the parameter {@code keep}. */
    public static final String KEEP = "Avec fold=coordination : structures du méta-réseau à garder à part du "
            + "regroupement, identifiants séparés par « ; » (" + Fold.MAX_KEPT + " au plus)";
}
