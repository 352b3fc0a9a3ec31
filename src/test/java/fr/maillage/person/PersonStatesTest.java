package fr.maillage.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
import fr.maillage.imports.BundleImporter;

/** Fixtures {@code analysis/orphans-complexe-sans-gestionnaire} and {@code analysis/orphans-closed}. */
@MaillageTest
class PersonStatesTest {

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired PersonStates personStates;

    private PersonState stateOf(String personId, String date) {
        return personStates.of("terr", LocalDate.parse(date)).stream()
                .filter(p -> p.personId().equals(personId)).findFirst().orElseThrow();
    }

    @Test
    void assessmentDatedAfterTheDateDoesNotCountYet() {
        Fixtures.load(driver, importer, "analysis/orphans-complexe-sans-gestionnaire");
        assertThat(stateOf("assessed-complex-after-d", "2026-06-30").complexity()).isEqualTo("standard");
        assertThat(stateOf("assessed-complex-after-d", "2026-07-20").complexity()).isEqualTo("complexe");
        assertThat(stateOf("assessed-complex-after-d", "2026-02-01").complexity()).isEqualTo("complexe");
    }

    @Test
    void assessmentSettingOnlyNeedsKeepsTheEarlierComplexity() {
        Fixtures.load(driver, importer, "analysis/orphans-complexe-sans-gestionnaire");
        PersonState state = stateOf("assessment-without-complexity", "2026-06-30");
        assertThat(state.complexity()).isEqualTo("extreme");
        assertThat(state.needs()).containsExactly("isolement");
        assertThat(stateOf("assessment-without-complexity", "2026-06-01").needs()).isEmpty();
    }

    @Test
    void situationEndedByStabilisationIsClosedUntilANewReferral() {
        Fixtures.load(driver, importer, "analysis/orphans-closed");
        assertThat(stateOf("stabilised", "2026-05-01").closed()).as("still active on its end date").isFalse();
        assertThat(stateOf("stabilised", "2026-05-02").closed()).isTrue();
        assertThat(stateOf("stabilised", "2026-06-30").closed()).isTrue();
        assertThat(stateOf("reopened", "2026-06-30").closed()).as("referral dated after the end").isFalse();
    }
}
