package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.maillage.vocabulary.Vocabulary;
import fr.maillage.web.VocabularyController.Term;

class VocabularyControllerTest {

    private final Map<String, List<Term>> vocabulary = new VocabularyController().vocabulary();

    @Test
    void everyVocabularyIsServedWithEveryCodeInTheContractsOrder() {
        assertThat(vocabulary.keySet()).containsAll(Vocabulary.ALL.keySet());
        Vocabulary.ALL.forEach((name, codes) ->
                assertThat(vocabulary.get(name)).extracting(Term::code).containsExactlyElementsOf(Vocabulary.codes(codes)));
    }

    @Test
    void codesCarryTheirFrenchLabel() {
        assertThat(vocabulary.get("sector")).contains(new Term("medico_social", "Médico-social", null, null));
        assertThat(vocabulary.get("complexity")).contains(new Term("extreme", "Extrême", null, null));
    }

    @Test
    void orphanReasonsOverlapKindsAndMeasuresAreServedFromTheirEnumsWithTheirExplanations() {
        assertThat(vocabulary.get("orphanReason")).extracting(Term::code)
                .containsExactly("sans_interlocuteur", "ping_pong", "sans_reponse", "complexe_sans_gestionnaire", "besoin_non_couvert");
        assertThat(vocabulary.get("orphanReason")).allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
        assertThat(vocabulary.get("overlapKind")).containsExactly(
                new Term("evaluations_multiples", "Évaluations multiples", null,
                        "Deux structures différentes l'évaluent à moins de 90 jours d'intervalle."),
                new Term("referents_multiples", "Référents multiples", null,
                        "Deux structures sont référentes ou gestionnaires de cas en même temps."));
        assertThat(vocabulary.get("measure")).extracting(Term::code)
                .contains("degree", "betweenness", "articulationPoint", "brokerage.gatekeeper", "regularity");
        assertThat(vocabulary.get("measure")).allSatisfy(m -> assertThat(m.explanation()).isNotBlank());
    }

    @Test
    void domainsCarryTheirSideOfTheCartography() {
        assertThat(vocabulary.get("domain")).contains(
                new Term("medical", "Médical", -1, null), new Term("refus_aide", "Refus d'aide", 0, null),
                new Term("isolement", "Isolement", 1, null));
    }
}
