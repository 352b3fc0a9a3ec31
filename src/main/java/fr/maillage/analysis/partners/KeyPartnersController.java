package fr.maillage.analysis.partners;

import java.time.LocalDate;
import java.util.Arrays;
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
@Tag(name = "Partenaires clés")
public class KeyPartnersController {

    private final KeyPartners keyPartners;

    public KeyPartnersController(KeyPartners keyPartners) {
        this.keyPartners = keyPartners;
    }

    /** A measure as the page shows it. */
    public record MeasureView(String key, String label, String explanation) {
    }

    @GetMapping("/api/territories/{id}/key-partners")
    @Operation(summary = "Partenaires clés d'un territoire sur une période",
            description = "Pour chaque structure du méta-réseau : degré, degré pondéré, intermédiarité (Brandes, "
                    + "normalisée par 2/((n-1)(n-2))), PageRank (0,85, pondéré), point d'articulation, part "
                    + "intersectorielle, rôles de courtage de Gould et Fernandez (secteur comme groupe) et régularité. "
                    + "Classement : intermédiarité décroissante, puis degré pondéré décroissant, puis identifiant.")
    @ApiResponse(responseCode = "200", description = "Les structures classées")
    @ApiResponse(responseCode = "400", description = "Paramètre de date invalide, ou from après to")
    @ApiResponse(responseCode = "404", description = "Territoire inconnu")
    public List<KeyPartner> keyPartners(
            @Parameter(description = "Identifiant du territoire") @PathVariable String id,
            @Parameter(description = "Début de la période (AAAA-MM-JJ), par défaut 12 mois avant « to »")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Fin de la période (AAAA-MM-JJ), par défaut aujourd'hui")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return keyPartners.of(id, Window.of(from, to));
    }

    @GetMapping("/api/measures")
    @Operation(summary = "Explication en français de chaque mesure des partenaires clés")
    public List<MeasureView> measures() {
        return Arrays.stream(Measure.values()).map(m -> new MeasureView(m.key(), m.label(), m.explanation())).toList();
    }
}
