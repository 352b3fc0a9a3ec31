package fr.maillage.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.maillage.api.Window;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Comparison of territories and changes between windows, per the contract; no person id ever leaves. */
@RestController
@RequestMapping("/api")
@Tag(name = "Comparaison et évolution")
public class ReportController {

    private final Comparisons comparisons;

    public ReportController(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/compare")
    @Operation(summary = "Indicateurs de territoires côte à côte ; un territoire nommé seul vaut ses enfants "
            + "(expand=true : chaque parent vaut ses enfants ; expand=false : jamais)")
    public List<IndicatorRow> compare(@RequestParam String territories,
                                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) Boolean expand) {
        List<String> ids = Arrays.stream(territories.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
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
}
