package fr.maillage.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
import fr.maillage.api.NotFoundException;
import fr.maillage.imports.BundleImporter;
import fr.maillage.person.PersonParcours.ConcurrentEvaluation;
import fr.maillage.person.PersonParcours.Rupture;

/** The DOMAIN.md worked example, {@code src/test/resources/person/parcours-worked-example/README.md}. */
@MaillageTest
class ParcoursTest {

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired Parcours parcours;

    private PersonParcours veuve;

    @BeforeEach
    void workedExample() {
        Fixtures.load(driver, importer, "person/parcours-worked-example");
        veuve = parcours.of("veuve");
    }

    @Test
    void everyReferralInvolvementAndAssessmentComesInDateOrder() {
        assertThat(veuve.events()).extracting(ParcoursEvent::id).containsExactly(
                "r1", "i01", "i02", "r2", "i03", "a1", "i04", "a2", "r3", "i05", "i06", "i07", "i08", "i09", "r4",
                "a3", "r5", "i10", "r6", "i11", "r7", "i12");
        assertThat(veuve.person().birthYear()).isEqualTo(1931L);
        assertThat(veuve.person().territoryId()).isEqualTo("terr");
    }

    @Test
    void referralsCarryTheirSenderStatusAndResponseDelay() {
        List<ParcoursEvent.Referral> referrals = veuve.events().stream()
                .filter(ParcoursEvent.Referral.class::isInstance).map(ParcoursEvent.Referral.class::cast).toList();
        assertThat(referrals).extracting(ParcoursEvent.Referral::responseDelayDays)
                .containsExactly(10L, 4L, 2L, 56L, 70L, 0L, 3L);
        ParcoursEvent.Referral fromGp = referrals.get(1);
        assertThat(fromGp.from().id()).isEqualTo("cabinet");
        assertThat(fromGp.fromRole()).isEqualTo("medecin_traitant");
        assertThat(fromGp.to().name()).isEqualTo("Réseau de santé");
        assertThat(fromGp.reasons()).containsExactly("psycho_comportemental", "cognitif");
    }

    @Test
    void homeHelpStoppedIsTheRuptureAndTheNewServiceComes142DaysLater() {
        assertThat(veuve.ruptures()).containsExactly(new Rupture("i02", "service",
                new StructureRef("saad1", "SAAD Les Tilleuls", "saad", "medico_social"), LocalDate.parse("2018-06-15"),
                142L, 0L));
        assertThat(veuve.events()).filteredOn(e -> e instanceof ParcoursEvent.Involvement i && i.rupture())
                .extracting(ParcoursEvent::id).containsExactly("i02");
    }

    @Test
    void evaluationsByTwoStructuresWithin90DaysAreConcurrent() {
        assertThat(veuve.concurrentEvaluations()).containsExactly(
                new ConcurrentEvaluation("i03", "i04", List.of("reseau", "clic"), 22),
                new ConcurrentEvaluation("i03", "a2", List.of("reseau", "clic"), 24),
                new ConcurrentEvaluation("a1", "i04", List.of("reseau", "clic"), 14),
                new ConcurrentEvaluation("a1", "a2", List.of("reseau", "clic"), 16));
        assertThat(veuve.events()).filteredOn(ParcoursTest::flaggedConcurrent)
                .extracting(ParcoursEvent::id).containsExactly("i03", "a1", "i04", "a2");
    }

    private static boolean flaggedConcurrent(ParcoursEvent event) {
        return event instanceof ParcoursEvent.Involvement i ? i.concurrentEvaluation()
                : event instanceof ParcoursEvent.Assessment a && a.concurrentEvaluation();
    }

    @Test
    void unknownPersonIsNotFound() {
        assertThrows(NotFoundException.class, () -> parcours.of("nobody"));
    }
}
