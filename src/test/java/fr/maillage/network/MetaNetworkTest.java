package fr.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.api.Window;
import fr.maillage.imports.BundleImporter;

/** The méta-réseau of the fixture {@code network/weights}; expected answers in its README.md. */
@MaillageTest
class MetaNetworkTest {

    private static final Window YEAR_2025 = new Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired MetaNetworks metaNetworks;

    private MetaNetwork network;

    @BeforeEach
    void weightsFixture() throws Exception {
        TestGraph.clear(driver);
        importer.importBundle(Path.of("src/test/resources/network/weights/bundle"));
        network = metaNetworks.project("terr", YEAR_2025);
    }

    @Test
    void nodesAreTheEcologyPlusOutsideStructuresThatExchangedAboutItsPersons() {
        assertThat(network.nodes()).extracting(StructureNode::id, StructureNode::inEcology).containsExactly(
                tuple("A", true), tuple("B", true), tuple("C", true), tuple("D", true), tuple("E", true),
                tuple("X", false), tuple("Y", false), tuple("Z", false));
    }

    @Test
    void edgeWeightIsReferralsBothWaysPlusDistinctSharedPersons() {
        assertThat(network.links()).extracting(Link::source, Link::target, Link::referrals, Link::sharedPersons,
                Link::weight).containsExactly(
                tuple("A", "B", 3L, 2L, 5L),
                tuple("A", "C", 1L, 0L, 1L),
                tuple("A", "X", 1L, 0L, 1L),
                tuple("B", "D", 0L, 1L, 1L),
                tuple("B", "Z", 0L, 1L, 1L),
                tuple("C", "D", 1L, 0L, 1L),
                tuple("X", "Y", 1L, 0L, 1L),
                tuple("X", "Z", 1L, 0L, 1L));
    }

    @Test
    void exchangesAboutAPersonOfAnotherTerritoryAreNoPartOfIt() {
        Link ax = network.links().stream().filter(l -> l.source().equals("A") && l.target().equals("X"))
                .findFirst().orElseThrow();
        assertThat(ax.referralDates()).as("r10 only, not r15 about q8").containsExactly(LocalDate.of(2025, 6, 15));
        assertThat(ax.sharedPersons()).as("not q8, who lives in autre").isZero();
    }

    @Test
    void linksCarryTheDateOfEachExchangeForDynamicExports() {
        Link ab = network.links().get(0);
        assertThat(ab.referralDates()).containsExactly(
                LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 20));
        assertThat(ab.sharedPersonDates()).containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 11, 15));
        Link bd = network.links().get(3);
        assertThat(bd.sharedPersonDates()).containsExactly(LocalDate.of(2025, 1, 10));
    }

    @Test
    void referralDigraphGoesFromSenderToReceiverWithCountsAndStatuses() {
        assertThat(network.arcs()).extracting(ReferralArc::source, ReferralArc::target, ReferralArc::count)
                .containsExactly(tuple("A", "B", 2), tuple("A", "C", 1), tuple("B", "A", 1), tuple("C", "D", 1),
                        tuple("X", "A", 1), tuple("Y", "X", 1), tuple("Z", "X", 1));
        assertThat(network.arcs().get(0).referrals()).extracting(ArcReferral::status)
                .containsExactly("acceptee", "refusee");
    }

    @Test
    void sidePanelCountsReferralsByStatusAndSharedPersons() {
        Map<String, StructureNode> nodes = network.nodesById();
        NodeActivity a = nodes.get("A").activity();
        assertThat(a.sentByStatus()).containsExactly(Map.entry("en_attente", 0L), Map.entry("acceptee", 1L),
                Map.entry("refusee", 1L), Map.entry("reorientee", 0L), Map.entry("sans_reponse", 1L));
        assertThat(a.receivedByStatus()).containsEntry("en_attente", 1L).containsEntry("reorientee", 1L);
        assertThat(a.received()).isEqualTo(2);
        assertThat(a.sharedPersons()).isEqualTo(2);
        NodeActivity b = nodes.get("B").activity();
        assertThat(b.sent()).isEqualTo(1);
        assertThat(b.receivedByStatus()).containsEntry("acceptee", 1L).containsEntry("refusee", 1L);
        assertThat(b.sharedPersons()).isEqualTo(4);
        NodeActivity e = nodes.get("E").activity();
        assertThat(e.sentByStatus()).hasSize(5);
        assertThat(e.sent() + e.received() + e.sharedPersons()).isZero();
    }

    @Test
    void nodesCarryEveryStructureField() {
        StructureNode a = network.nodesById().get("A");
        assertThat(a.type()).isEqualTo("dac");
        assertThat(a.sector()).isEqualTo("sanitaire");
        assertThat(a.domains()).containsExactly("medical", "cognitif");
        assertThat(a.complexity()).containsExactly("complexe", "extreme");
        assertThat(a.stages()).containsExactly("evaluation", "accompagnement");
        assertThat(a.approach()).isEqualTo("sur_mesure");
        assertThat(a.coordination()).isEqualTo("mission");
        assertThat(a.minAge()).isEqualTo(60L);
        assertThat(a.requiresApa()).isFalse();
        assertThat(a.opened()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(a.closed()).isNull();
        assertThat(a.territoryIds()).containsExactly("terr");
        assertThat(network.nodesById().get("B").capacity()).isEqualTo(40L);
    }

    @Test
    void declaredPartnershipsAreASeparateListOfPairsInForceBetweenNodes() {
        assertThat(network.partnerships()).extracting(DeclaredPartnership::source, DeclaredPartnership::target,
                DeclaredPartnership::kind, DeclaredPartnership::strength).containsExactly(
                tuple("A", "B", "convention", 4L),
                tuple("A", "E", "partenariat", 2L),
                tuple("A", "Y", "table_tactique", null));
        assertThat(network.links()).noneMatch(l -> l.source().equals("A") && l.target().equals("E"));
        assertThat(network.graph().weight(network.graph().from(0))).as("A's first link, A–B, weight 5 unmerged")
                .isEqualTo(5.0);
    }

    @Test
    void indexedGraphHoldsEveryNodeIncludingIsolatedOnesInNodeOrder() {
        IndexedGraph graph = network.graph();
        assertThat(graph.size()).isEqualTo(8);
        assertThat(graph.degree(4)).as("E").isZero();
        assertThat(graph.degree(0)).as("A: B, C, X").isEqualTo(3);
        assertThat(graph.links()).isEqualTo(8);
        assertThat(graph.arcs()).isEqualTo(7);
        assertThat(graph.jgrapht().edgeSet()).hasSize(8);
    }
}
