package fr.maillage.analysis.overlaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
import fr.maillage.api.BadParameterException;
import fr.maillage.api.Window;
import fr.maillage.imports.BundleImporter;

/** Each test loads one fixture of {@code src/test/resources/analysis/}; its README works out the answer. */
@MaillageTest
class OverlapsTest {

    private static final Window YEAR_2026 = new Window(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired Overlaps overlaps;

    private OverlapsResult overlapsOf(String fixture, String territoryId, Window window) {
        Fixtures.load(driver, importer, fixture);
        return overlaps.of(territoryId, window);
    }

    @Test
    void evaluationsByTwoStructuresAtMost90DaysApartInTheWindowAreEvaluationsMultiples() {
        OverlapsResult result = overlapsOf("analysis/overlaps-evaluations-multiples", "terr", YEAR_2026);
        assertThat(result.persons()).containsExactly(
                new PersonOverlap("days-90", "evaluations_multiples", List.of("clic", "reseau")),
                new PersonOverlap("three-evaluators", "evaluations_multiples", List.of("clic", "reseau")));
    }

    @Test
    void referentsOfTwoStructuresActiveTogetherOnADayOfTheWindowAreReferentsMultiples() {
        OverlapsResult result = overlapsOf("analysis/overlaps-referents-multiples", "terr", YEAR_2026);
        assertThat(result.persons()).containsExactly(
                new PersonOverlap("together", "referents_multiples", List.of("clic", "reseau")),
                new PersonOverlap("together-on-first-day", "referents_multiples", List.of("clic", "reseau")));
    }

    @Test
    void ecologyStructuresWithIntersectingCoveragesArePairedWithJaccardAndSharedPersons() {
        OverlapsResult result = overlapsOf("analysis/overlaps-structure-pairs", "terr", YEAR_2026);
        assertThat(result.persons()).isEmpty();
        assertThat(result.structures()).extracting(p -> p.a() + "-" + p.b() + " " + p.sharedPersons())
                .containsExactly("c-g 1", "a-c 0", "a-g 0", "a-b 2");
        assertThat(result.structures()).extracting(StructureOverlap::jaccard)
                .satisfiesExactly(
                        j -> assertThat(j).isEqualTo(1.0),
                        j -> assertThat(j).isCloseTo(1.0 / 7, within(1e-12)),
                        j -> assertThat(j).isCloseTo(1.0 / 7, within(1e-12)),
                        j -> assertThat(j).isEqualTo(0.125));
        assertThat(result.structures()).extracting(StructureOverlap::sharedTriples).containsExactly(2, 1, 1, 2);
    }

    @Test
    void structuresOverlapOnlyWhenTheyServeACommonTerritoryOfTheArea() {
        OverlapsResult result = overlapsOf("analysis/overlaps-common-ground", "terr", YEAR_2026);
        assertThat(result.persons()).isEmpty();
        assertThat(pairs(result)).containsExactly("clic-maia-a 1.0 0", "ssiad-a-ssiad-a1 1.0 0", "dac-ssiad-a 0.5 1",
                "clic-dac 0.5 0", "dac-maia-a 0.5 0", "dac-ssiad-a1 0.5 0", "dac-ssiad-b 0.5 0");
    }

    @Test
    void pairsAreKeptWhenBothStructuresHaveOneOfTheTypesAndCoordinationModesAsked() {
        Fixtures.load(driver, importer, "analysis/overlaps-common-ground");
        assertThat(pairs(overlaps.of("terr", YEAR_2026, PairFilter.of("ssiad", null))))
                .containsExactly("ssiad-a-ssiad-a1 1.0 0");
        assertThat(pairs(overlaps.of("terr", YEAR_2026, PairFilter.of(" ssiad, dac ", ""))))
                .containsExactly("ssiad-a-ssiad-a1 1.0 0", "dac-ssiad-a 0.5 1", "dac-ssiad-a1 0.5 0", "dac-ssiad-b 0.5 0");
        assertThat(pairs(overlaps.of("terr", YEAR_2026, PairFilter.of(null, "mission"))))
                .containsExactly("clic-maia-a 1.0 0", "clic-dac 0.5 0", "dac-maia-a 0.5 0");
        assertThat(pairs(overlaps.of("terr", YEAR_2026, PairFilter.of("clic,maia", "mission"))))
                .containsExactly("clic-maia-a 1.0 0");
        assertThat(pairs(overlaps.of("terr", YEAR_2026, PairFilter.of(null, "aucune")))).isEmpty();
        assertThat(overlaps.of("terr", YEAR_2026, PairFilter.of("", " "))).isEqualTo(overlaps.of("terr", YEAR_2026));
    }

    @Test
    void anUnknownTypeOrCoordinationModeIsABadParameterNamedInTheAnswer() {
        assertThatThrownBy(() -> PairFilter.of("ssiad,foo", null)).isInstanceOf(BadParameterException.class)
                .hasMessageContaining("« foo »").extracting(e -> ((BadParameterException) e).parameter()).isEqualTo("types");
        assertThatThrownBy(() -> PairFilter.of(null, "oui")).isInstanceOf(BadParameterException.class)
                .extracting(e -> ((BadParameterException) e).parameter()).isEqualTo("coordination");
    }

    private static List<String> pairs(OverlapsResult result) {
        return result.structures().stream().map(p -> p.a() + "-" + p.b() + " " + p.jaccard() + " " + p.sharedPersons())
                .toList();
    }

    @Test
    void workedExampleShowsTheConcurrentAssessmentsAndTheTwoReferents() {
        Window year2018 = new Window(LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31"));
        OverlapsResult result = overlapsOf("person/parcours-worked-example", "terr", year2018);
        assertThat(result.persons()).containsExactly(
                new PersonOverlap("veuve", "evaluations_multiples", List.of("clic", "reseau")),
                new PersonOverlap("veuve", "referents_multiples", List.of("clic", "maia")));
    }
}
