package fr.maillage.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.api.BadParameterException;
import fr.maillage.api.TerritoryIds;
import fr.maillage.api.Window;
import fr.maillage.network.Fold;
import fr.maillage.network.NetworkController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Comparison of territories and changes between windows, per the contract; no person id ever leaves. */
@RestController
@RequestMapping("/api")
@Tag(name = "Comparaison et évolution")
public class ReportController {

    private final Comparisons comparisons;
    private final StrategicReports reports;
    private final ReportRenderer renderer;

    public ReportController(Comparisons comparisons, StrategicReports reports, ReportRenderer renderer) {
        this.comparisons = comparisons;
        this.reports = reports;
        this.renderer = renderer;
    }

    @GetMapping("/compare")
    @Operation(summary = "Indicateurs de territoires côte à côte ; un territoire nommé seul vaut ses enfants "
            + "(expand=true : chaque parent vaut ses enfants ; expand=false : jamais)")
    public List<IndicatorRow> compare(@RequestParam String territories,
                                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) Boolean expand) {
        List<String> ids = TerritoryIds.listed(territories);
        return comparisons.compare(ids, Window.of(from, to), expand);
    }

    @GetMapping("/compare/indicators")
    @Operation(summary = "Catalogue des indicateurs : clé, libellé, groupe, nature (pour la règle des petits effectifs)")
    public List<Indicator> indicators() {
        return Indicators.ALL;
    }

    @GetMapping("/compare/method")
    @Operation(summary = "Note de méthode : comment chaque indicateur est défini")
    public List<StrategicReport.MethodNote> method() {
        return MethodNotes.ALL;
    }

    @GetMapping("/territories/{id}/changes")
    @Operation(summary = "Indicateurs d'un territoire sur deux périodes et leur différence")
    public Comparisons.Changes changes(@PathVariable String id,
                                       @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                       @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate previousFrom,
                                       @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate previousTo) {
        Window current = Window.of(from, to);
        return comparisons.changes(id, current, Comparisons.previous(current, previousFrom, previousTo));
    }

    @GetMapping("/territories/{id}/report")
    @Operation(summary = "Rapport pour la table stratégique : PDF avec Accept: application/pdf ou format=pdf, "
            + "sinon la page HTML imprimable ; l'instantané du méta-réseau est plié autour des structures de "
            + "coordination, sauf fold=none")
    public ResponseEntity<?> report(@PathVariable String id,
                                    @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) String format,
                                    @Parameter(description = NetworkController.FOLD + " (l'instantané du méta-réseau) ; "
                                            + "par défaut : coordination")
                                    @RequestParam(required = false) String fold,
                                    @Parameter(description = NetworkController.KEEP) @RequestParam(required = false) String keep,
                                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (format != null && !format.equals("pdf") && !format.equals("html")) {
            throw new BadParameterException("format", "Paramètre « format » invalide : « " + format + " » (pdf ou html)");
        }
        Window window = Window.of(from, to);
        Fold snapshot = Fold.of(fold, keep, Fold.COORDINATION);
        StrategicReport report = reports.of(id, window, snapshot);
        if ("pdf".equals(format) || (format == null && wantsPdf(accept))) {
            String file = "table-strategique-" + id.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + window.from() + "-"
                    + window.to() + ".pdf";
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
                    .body(renderer.pdf(report));
        }
        String pdfLink = "?from=" + window.from() + "&to=" + window.to() + snapshot.query() + "&format=pdf";
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", renderer.contentSecurityPolicy())
                .body(renderer.html(report, pdfLink));
    }

    /** Only an explicit application/pdf asks for the PDF: a browser's catch-all gets the page. */
    private static boolean wantsPdf(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(m -> m.getType().equals("application") && m.getSubtype().equals("pdf"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
