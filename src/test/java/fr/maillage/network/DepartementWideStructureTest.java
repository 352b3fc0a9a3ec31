package fr.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.analysis.partners.KeyPartner;
import fr.maillage.analysis.partners.KeyPartners;
import fr.maillage.api.Window;
import fr.maillage.imports.BundleImporter;
import fr.maillage.report.Comparisons;
import fr.maillage.report.IndicatorRow;

/**
 * Contract v1.3 on the fixture {@code network/departement-wide}: the APA team and the MDPH cover
 * the whole département, and the rural territory's méta-réseau, key partners and referrals are
 * still its own. Expected answers worked out in its README.md.
 */
@MaillageTest
class DepartementWideStructureTest {

    private static final Window YEAR_2025 = new Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired MetaNetworks metaNetworks;
    @Autowired KeyPartners keyPartners;
    @Autowired Comparisons comparisons;

    @BeforeEach
    void fixture() {
        TestGraph.clear(driver);
        importer.importBundle(Path.of("src/test/resources/network/departement-wide/bundle"));
    }

    @Test
    void ruralMetaNetworkHoldsTheExchangesAboutItsOwnPersonsOnly() {
        MetaNetwork campagne = metaNetworks.project("campagne", YEAR_2025);

        assertThat(campagne.nodes()).extracting(StructureNode::id, StructureNode::inEcology).containsExactly(
                tuple("apa", true), tuple("dac-c", true), tuple("hop-v", false), tuple("mdph", true),
                tuple("msp-c", true), tuple("ssiad-c", true));
        assertThat(campagne.links()).extracting(Link::source, Link::target, Link::referrals, Link::sharedPersons)
                .containsExactly(
                        tuple("apa", "dac-c", 2L, 1L),
                        tuple("dac-c", "hop-v", 1L, 0L),
                        tuple("dac-c", "msp-c", 1L, 0L),
                        tuple("msp-c", "ssiad-c", 1L, 0L));
    }

    @Test
    void urbanMetaNetworkLeavesOutTheRuralResidentDischargedFromItsHospital() {
        MetaNetwork ville = metaNetworks.project("ville", YEAR_2025);

        assertThat(ville.nodes()).extracting(StructureNode::id)
                .containsExactly("apa", "ccas-v", "dac-v", "hop-v", "mdph");
        assertThat(ville.links()).extracting(Link::source, Link::target, Link::weight).containsExactly(
                tuple("apa", "ccas-v", 3L),
                tuple("apa", "dac-v", 2L),
                tuple("apa", "hop-v", 1L),
                tuple("ccas-v", "mdph", 1L),
                tuple("dac-v", "hop-v", 1L),
                tuple("dac-v", "mdph", 1L));
    }

    @Test
    void ruralTerritorysOwnDacIsItsFirstKeyPartner() {
        List<KeyPartner> partners = keyPartners.of("campagne", YEAR_2025);

        assertThat(partners).extracting(KeyPartner::structureId)
                .containsExactly("dac-c", "msp-c", "apa", "hop-v", "ssiad-c", "mdph");
        assertThat(partners).extracting(KeyPartner::betweenness)
                .usingElementComparator((x, y) -> Math.abs(x - y) < 1e-12 ? 0 : Double.compare(x, y))
                .containsExactly(0.5, 0.3, 0.0, 0.0, 0.0, 0.0);
        assertThat(partners).extracting(KeyPartner::degree, KeyPartner::weightedDegree).containsExactly(
                tuple(3, 5L), tuple(2, 2L), tuple(1, 3L), tuple(1, 1L), tuple(1, 1L), tuple(0, 0L));
        assertThat(partners).filteredOn(KeyPartner::articulationPoint).extracting(KeyPartner::structureId)
                .containsExactly("dac-c", "msp-c");
    }

    @Test
    void comparisonCountsTheReferralsAboutEachTerritorysPersons() {
        List<IndicatorRow> rows = comparisons.compare(List.of("ville", "campagne"), YEAR_2025, false);

        assertThat(rows).extracting(IndicatorRow::territoryId).containsExactly("ville", "campagne");
        assertThat(rows.get(0).values()).containsEntry("referrals", 8L);
        assertThat(rows.get(0).per1000()).containsEntry("referrals", 0.89);
        assertThat(rows.get(1).values()).containsEntry("referrals", 5L).containsEntry("network.structures", 6L);
        assertThat(rows.get(1).per1000()).containsEntry("referrals", 0.45);
    }
}
