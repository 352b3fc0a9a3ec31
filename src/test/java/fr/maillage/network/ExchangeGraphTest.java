package fr.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.api.Window;
import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;
import fr.maillage.demo.BundleSpec.TerritorySize;
import fr.maillage.imports.BundleImporter;

/**
 * The méta-réseau's exchanges as key partners get them ({@link MetaNetworks#exchanges}: counts
 * only) against the full projection ({@link MetaNetworks#project}): both read the same exchange
 * logs, so the same nodes, links, weights and arcs. Expected answers of the fixture
 * {@code network/weights} in its README.md.
 */
@MaillageTest
class ExchangeGraphTest {

    private static final Window YEAR_2025 = new Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired MetaNetworks metaNetworks;

    @BeforeEach
    void empty() {
        TestGraph.clear(driver);
    }

    @Test
    void exchangesCarryTheMonthsOfEachArcAndEqualTheFullProjections() throws Exception {
        importer.importBundle(Path.of("src/test/resources/network/weights/bundle"));

        ExchangeGraph exchanges = metaNetworks.exchanges("terr", YEAR_2025);

        assertThat(exchanges.nodes()).extracting(ExchangeGraph.Node::id).containsExactly("A", "B", "C", "D", "E",
                "X", "Z");
        assertThat(exchanges.arcs()).containsExactly(
                new ExchangeGraph.Arc("A", "B", 2, List.of(YearMonth.of(2025, 2), YearMonth.of(2025, 3))),
                new ExchangeGraph.Arc("A", "C", 1, List.of(YearMonth.of(2025, 12))),
                new ExchangeGraph.Arc("B", "A", 1, List.of(YearMonth.of(2025, 3))),
                new ExchangeGraph.Arc("C", "D", 1, List.of(YearMonth.of(2025, 8))),
                new ExchangeGraph.Arc("X", "A", 1, List.of(YearMonth.of(2025, 6))),
                new ExchangeGraph.Arc("Z", "X", 1, List.of(YearMonth.of(2025, 8))));
        // The links and weights of the full projection are pinned by MetaNetworkTest.
        assertThat(exchanges).isEqualTo(metaNetworks.project("terr", YEAR_2025).exchanges());
    }

    @Test
    void exchangesEqualTheFullProjectionsOnAGeneratedCountry(@TempDir Path folder) throws Exception {
        LocalDate today = LocalDate.of(2026, 6, 30);
        BundleGenerator.generate(BundleSpec.country(7, today, 2, new TerritorySize(40, 400, 2_000)), folder);
        importer.importBundle(folder);
        Window year = Window.of(null, today);

        MetaNetwork full = metaNetworks.project("t01", year);

        assertThat(full.nodes()).as("nodes from the neighbouring territory").anyMatch(n -> !n.inEcology());
        assertThat(full.links()).as("links with both kinds of exchange")
                .anyMatch(l -> l.referrals() > 0 && l.sharedPersons() > 0);
        assertThat(metaNetworks.exchanges("t01", year)).isEqualTo(full.exchanges());
    }
}
