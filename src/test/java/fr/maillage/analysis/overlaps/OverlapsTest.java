package fr.maillage.analysis.overlaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
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
    void workedExampleShowsTheConcurrentAssessmentsAndTheTwoReferents() {
        Window year2018 = new Window(LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31"));
        OverlapsResult result = overlapsOf("person/parcours-worked-example", "terr", year2018);
        assertThat(result.persons()).containsExactly(
                new PersonOverlap("veuve", "evaluations_multiples", List.of("clic", "reseau")),
                new PersonOverlap("veuve", "referents_multiples", List.of("clic", "maia")));
    }
}
