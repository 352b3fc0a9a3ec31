package fr.maillage.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.maillage.analysis.orphans.OrphanReason;
import fr.maillage.analysis.overlaps.OverlapKind;
import fr.maillage.analysis.partners.Measure;
import fr.maillage.history.LifePhase;
import fr.maillage.history.MergerOutcome;
import fr.maillage.vocabulary.Coded;
import fr.maillage.vocabulary.Domain;
import fr.maillage.vocabulary.Vocabulary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The page's one dictionary of French labels (libellés): every code of every vocabulary of the
 * contract, the orphan reasons and the key-partner measures, served from their enums so that each
 * label lives in one place for the server and the page.
 */
@RestController
@Tag(name = "Vocabulaire")
public class VocabularyController {

    /**
     * A code with its French label; {@code side} only for domains (-1 sanitaire, 0 middle, +1
     * social), {@code explanation} for the terms the page explains (orphan reasons, overlap kinds,
     * measures): the plain-French sentence shown beside them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Term(String code, String label, Integer side, String explanation) {
    }

    @GetMapping("/api/vocabulary")
    @Operation(summary = "Libellés français (et explications) de tous les codes du contrat, des motifs d'orphelinat, des chevauchements et des mesures, par vocabulaire")
    public Map<String, List<Term>> vocabulary() {
        Map<String, List<Term>> all = new TreeMap<>();
        Vocabulary.ALL.forEach((name, vocabulary) -> all.put(name, terms(vocabulary)));
        all.put("orphanReason", terms(OrphanReason.class));
        all.put("overlapKind", terms(OverlapKind.class));
        all.put("lifePhase", terms(LifePhase.class));
        all.put("mergerOutcome", terms(MergerOutcome.class));
        all.put("measure", Arrays.stream(Measure.values())
                .map(m -> new Term(m.key(), m.label(), null, m.explanation())).toList());
        return all;
    }

    private static List<Term> terms(Class<? extends Enum<?>> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(constant -> {
            Coded coded = (Coded) constant;
            Integer side = constant instanceof Domain domain ? domain.side() : null;
            return new Term(coded.code(), coded.label(), side, coded.explanation());
        }).toList();
    }
}
