package fr.maillage.analysis.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.api.Window;
import fr.maillage.imports.BundleImporter;

/**
 * Key partners on the fixtures {@code network/articulation} and {@code network/brokerage};
 * the expected answers are worked out in their README.md.
 */
@MaillageTest
class KeyPartnersTest {

    private static final Window YEAR_2025 = new Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired KeyPartners keyPartners;

    @BeforeEach
    void empty() {
        TestGraph.clear(driver);
    }

    private Map<String, KeyPartner> load(String fixture) throws Exception {
        importer.importBundle(Path.of("src/test/resources/network/" + fixture + "/bundle"));
        return keyPartners.of("terr", YEAR_2025).stream()
                .collect(Collectors.toMap(KeyPartner::structureId, Function.identity()));
    }

    @Test
    void rankingIsBetweennessThenWeightedDegreeThenId() throws Exception {
        importer.importBundle(Path.of("src/test/resources/network/articulation/bundle"));
        List<KeyPartner> ranked = keyPartners.of("terr", YEAR_2025);
        assertThat(ranked).extracting(KeyPartner::structureId).containsExactly("S4", "S3", "S2", "S1", "S5", "S6", "S7");
    }

    @Test
    void cutVerticesAreArticulationPoints() throws Exception {
        Map<String, KeyPartner> partners = load("articulation");
        assertThat(partners.values().stream().filter(KeyPartner::articulationPoint).map(KeyPartner::structureId))
                .containsExactlyInAnyOrder("S3", "S4");
    }

    @Test
    void betweennessIsNormalisedByTwoOverNMinusOneTimesNMinusTwo() throws Exception {
        Map<String, KeyPartner> partners = load("articulation");
        assertThat(partners.get("S4").betweenness()).isCloseTo(7.0 / 15, within(1e-12));
        assertThat(partners.get("S3").betweenness()).isCloseTo(6.0 / 15, within(1e-12));
        assertThat(partners.get("S1").betweenness()).isZero();
        assertThat(partners.get("S7").betweenness()).isZero();
    }

    @Test
    void degreesCrossSectorShareAndRegularityFollowTheReadme() throws Exception {
        Map<String, KeyPartner> partners = load("articulation");
        assertThat(partners.values()).extracting(KeyPartner::structureId, KeyPartner::degree,
                KeyPartner::weightedDegree, KeyPartner::regularity).containsExactlyInAnyOrder(
                tuple("S1", 2, 2L, 1), tuple("S2", 2, 4L, 3), tuple("S3", 3, 5L, 4), tuple("S4", 3, 3L, 1),
                tuple("S5", 1, 1L, 1), tuple("S6", 1, 1L, 0), tuple("S7", 0, 0L, 0));
        assertThat(partners.get("S1").crossSectorShare()).isCloseTo(0.5, within(1e-12));
        assertThat(partners.get("S2").crossSectorShare()).isCloseTo(0.75, within(1e-12));
        assertThat(partners.get("S3").crossSectorShare()).isCloseTo(1.0, within(1e-12));
        assertThat(partners.get("S4").crossSectorShare()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(partners.get("S5").crossSectorShare()).isZero();
        assertThat(partners.get("S7").crossSectorShare()).isZero();
    }

    @Test
    void pagerankSumsToOneAndGivesTheIsolatedNodeTheLeast() throws Exception {
        Map<String, KeyPartner> partners = load("articulation");
        assertThat(partners.values().stream().mapToDouble(KeyPartner::pagerank).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(partners.get("S5").pagerank()).isCloseTo(partners.get("S6").pagerank(), within(1e-12));
        assertThat(partners.values()).allSatisfy(p -> assertThat(p.pagerank()).isGreaterThanOrEqualTo(
                partners.get("S7").pagerank()));
    }

    @Test
    void brokerageOfAChainCountsOnlyOpenTwoPaths() throws Exception {
        Map<String, KeyPartner> partners = load("articulation");
        assertThat(partners.get("S3").brokerage()).isEqualTo(new BrokerageRoles(0, 0, 0, 0, 2));
        assertThat(partners.get("S4").brokerage()).isEqualTo(new BrokerageRoles(0, 0, 1, 0, 0));
        assertThat(partners.get("S2").brokerage()).isEqualTo(new BrokerageRoles(0, 0, 0, 0, 0));
    }

    @Test
    void gouldFernandezFiveRolesAroundOneBroker() throws Exception {
        Map<String, KeyPartner> partners = load("brokerage");
        assertThat(partners.get("V").brokerage()).isEqualTo(new BrokerageRoles(3, 4, 6, 6, 5));
        assertThat(partners.values()).filteredOn(p -> !p.structureId().equals("V"))
                .allSatisfy(p -> assertThat(p.brokerage()).isEqualTo(new BrokerageRoles(0, 0, 0, 0, 0)));
    }
}
