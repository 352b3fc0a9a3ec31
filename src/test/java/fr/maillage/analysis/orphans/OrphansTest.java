package fr.maillage.analysis.orphans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
import fr.maillage.imports.BundleImporter;

/** Each test loads one fixture of {@code src/test/resources/analysis/}; its README works out the answer. */
@MaillageTest
class OrphansTest {

    private static final LocalDate D = LocalDate.parse("2026-06-30");

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired Orphans orphans;

    private List<String> orphansOf(String fixture, String territoryId, OrphanThresholds thresholds) {
        Fixtures.load(driver, importer, "analysis/" + fixture);
        return render(orphans.of(territoryId, D, thresholds));
    }

    private List<String> orphansOf(String fixture, String territoryId) {
        return orphansOf(fixture, territoryId, OrphanThresholds.DEFAULT);
    }

    /** "person reasons" or "person reasons uncovered" when a need is uncovered. */
    private static List<String> render(List<OrphanSituation> situations) {
        return situations.stream()
                .map(o -> o.personId() + " " + o.reasons() + (o.uncoveredNeeds().isEmpty() ? "" : " " + o.uncoveredNeeds()))
                .toList();
    }

    @Test
    void personWithNoInvolvementActiveOnTheDateIsSansInterlocuteurAndOneFollowedIsFine() {
        assertThat(orphansOf("orphans-sans-interlocuteur", "dep")).containsExactly(
                "ended [sans_interlocuteur]",
                "never [sans_interlocuteur]",
                "starts-after-d [sans_interlocuteur]");
    }

    @Test
    void closedSituationIsNeverOrphanUnlessAReferralFollowsTheEnd() {
        assertThat(orphansOf("orphans-closed", "terr")).containsExactly(
                "reopened [sans_interlocuteur, sans_reponse, complexe_sans_gestionnaire, besoin_non_couvert] [logement]",
                "mixed-last-end [sans_interlocuteur]",
                "never-followed [sans_interlocuteur]",
                "unknown-end-reason [sans_interlocuteur]");
    }

    @Test
    void twoRefusalsInTheWindowWithNoAcceptanceSinceArePingPong() {
        assertThat(orphansOf("orphans-ping-pong", "terr")).containsExactly(
                "acceptance-answered-after-d [ping_pong]",
                "acceptance-dated-after-d [ping_pong]",
                "accepted-before [ping_pong]",
                "bounced [ping_pong]",
                "first-on-day-90 [ping_pong]");
    }

    @Test
    void referralPendingFromDay90ToDay31IsSansReponseButNotOnDay30OrDay91() {
        assertThat(orphansOf("orphans-sans-reponse", "terr")).containsExactly(
                "answered-after-d [sans_reponse]",
                "day-31 [sans_reponse]",
                "day-90 [sans_reponse]",
                "sans-reponse-with-date [sans_reponse]",
                "status-sans-reponse [sans_reponse]");
    }

    @Test
    void windowAndNoResponseDaysAreParameters() {
        assertThat(orphansOf("orphans-sans-reponse", "terr", new OrphanThresholds(89, 29))).containsExactly(
                "answered-after-d [sans_reponse]",
                "day-30 [sans_reponse]",
                "day-31 [sans_reponse]",
                "sans-reponse-with-date [sans_reponse]",
                "status-sans-reponse [sans_reponse]");
    }

    @Test
    void complexPersonAtHomeWithoutCaseManagementIsComplexeSansGestionnaireWithComplexityAsOfTheDate() {
        assertThat(orphansOf("orphans-complexe-sans-gestionnaire", "terr")).containsExactly(
                "assessment-without-complexity [complexe_sans_gestionnaire, besoin_non_couvert] [isolement]",
                "assessed-complex-before-d [complexe_sans_gestionnaire]",
                "at-home [complexe_sans_gestionnaire]",
                "case-management-ended [complexe_sans_gestionnaire]",
                "left-ehpad [complexe_sans_gestionnaire]");
    }

    @Test
    void complexityAndNeedsReportedAreThoseOfTheDate() {
        Fixtures.load(driver, importer, "analysis/orphans-complexe-sans-gestionnaire");
        OrphanSituation situation = orphans.of("terr", D).get(0);
        assertThat(situation.personId()).isEqualTo("assessment-without-complexity");
        assertThat(situation.complexity()).isEqualTo("extreme");
        assertThat(situation.needs()).containsExactly("isolement");
    }

    @Test
    void needNoStructureServingTheHomeTerritoryHandlesIsBesoinNonCouvert() {
        assertThat(orphansOf("orphans-besoin-non-couvert", "dep")).containsExactly(
                "age-74 [besoin_non_couvert] [cognitif]",
                "assessed [besoin_non_couvert] [logement]",
                "gaps [besoin_non_couvert] [cognitif, logement, financier, medical, maltraitance]",
                "lives-in-b [besoin_non_couvert] [cognitif]");
    }

    @Test
    void onlyThePersonsOfTheTerritoryAreAnalysed() {
        assertThat(orphansOf("orphans-besoin-non-couvert", "terr-b")).containsExactly(
                "lives-in-b [besoin_non_couvert] [cognitif]");
    }
}
