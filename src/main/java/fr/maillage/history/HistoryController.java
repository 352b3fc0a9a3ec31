package fr.maillage.history;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.api.Years;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Travail de coordination")
public class HistoryController {

    /** Without {@code from}: six years ending with {@code to}, so a DAC opened in 2022 shows the years before it. */
    static final int DEFAULT_YEARS = 6;
    /**
     * Each year is one méta-réseau to project; thirty reach back before the oldest coordination
     * bodies (réseaux de santé of the 1990s, CLIC of 2000).
     */
    static final int MAX_YEARS = 30;

    private final History history;

    public HistoryController(History history) {
        this.history = history;
    }

    @GetMapping("/api/territories/{id}/history")
    @Operation(summary = "Histoire d'un territoire, année par année",
            description = "Pour chaque année civile : les structures de l'écologie du territoire ouvertes (au moins un "
                    + "jour de l'année), ouvertes dans l'année, fermées et absorbées (avec la structure absorbante), et "
                    + "la taille du méta-réseau de l'année (nœuds, nœuds en échange, liens, orientations) ; la phase de "
                    + "chaque structure par année (pre_histoire, developpement, routine_precaire, fin, absorption : règle "
                    + "dans le README) avec ses échanges de l'année ; et, pour chaque absorption de ces années, les "
                    + "partenaires de la structure absorbée dans les 12 mois avant et ce que sont devenus leurs échanges "
                    + "avec elle dans les 12 mois après (repris par la structure absorbante, reportés ailleurs, perdus). "
                    + "Pour un planificateur, des échanges qui contiennent un petit nombre de personnes partagées se lisent "
                    + "« <N » et leur répartition « masqué ».")
    @ApiResponse(responseCode = "200", description = "L'histoire du territoire")
    @ApiResponse(responseCode = "400", description = "Année invalide, from après to, ou plus de 30 ans (paramètre nommé)")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public HistoryAnswer history(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "Première année (AAAA), par défaut 5 ans avant « to » (6 années en tout)", example = "2021")
            @RequestParam(required = false) String from,
            @Parameter(description = "Dernière année (AAAA), par défaut l'année en cours ; 30 ans au plus", example = "2026")
            @RequestParam(required = false) String to) {
        return history.of(id, Years.of(from, to, DEFAULT_YEARS).atMost(MAX_YEARS));
    }
}
