package fr.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.db.Publication;
import fr.maillage.db.SchemaInitializer;
import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.api.Window;
import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;
import fr.maillage.demo.BundleSpec.TerritorySize;
import fr.maillage.db.Graph;
import fr.maillage.db.Leases;
import fr.maillage.imports.BundleImporter;
import fr.maillage.imports.ImportEnded;
import fr.maillage.imports.ImportStatus;
import fr.maillage.territory.Territories;
import fr.maillage.territory.TerritoryScope;

/**
 * The méta-réseau read from the structures' exchange logs: the same whether the logs were just
 * built, kept in the database, or built for one window while an import writes, and the same as
 * the contract's definition walked by brute force over the whole graph
 * ({@code network/reference/*.cypher}); an import makes the kept logs stale.
 */
@MaillageTest
class ExchangeLogsTest {

    private static final Window YEAR_2025 = new Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired MetaNetworks metaNetworks;
    @Autowired ExchangeLogs exchangeLogs;
    @Autowired Publication publication;
    @Autowired Territories territories;

    @BeforeEach
    void empty() {
        TestGraph.clear(driver);
    }

    @Test
    void metaNetworkFromTheLogsIsTheDefinitionWalkedByBruteForceWhetherLogsAreNewOrKept(
            @TempDir Path folder) throws IOException {
        LocalDate today = LocalDate.of(2026, 6, 30);
        BundleGenerator.generate(BundleSpec.country(11, today, 2, new TerritorySize(40, 400, 2_000)), folder);
        importer.importBundle(folder);
        Window year = Window.of(null, today);
        Reference reference = reference("t01", year);
        assertThat(reference.links).as("a méta-réseau worth comparing").hasSizeGreaterThan(100);
        assertThat(keptLogs()).isZero();

        MetaNetwork built = metaNetworks.project("t01", year);
        long kept = keptLogs();
        exchangeLogs.keepUpNow();
        MetaNetwork fromKept = metaNetworks.project("t01", year);

        assertThat(kept).as("the logs a méta-réseau needed are kept: its territory's and those below")
                .isEqualTo(territories.scope("t01").descendants().size());
        assertThat(keptLogs()).as("then every territory's").isEqualTo(territoryCount());
        for (MetaNetwork network : List.of(built, fromKept)) {
            assertThat(links(network)).isEqualTo(reference.links);
            assertThat(arcs(network)).isEqualTo(reference.arcs);
            assertThat(network.nodes()).extracting(StructureNode::id).containsExactlyElementsOf(reference.nodes);
        }
        assertThat(fromKept).isEqualTo(built);
    }

    @Test
    void anImportMakesTheKeptLogsStaleAndTheMetaNetworkFollowsTheNewData() {
        importer.importBundle(Path.of("src/test/resources/network/weights/bundle"));
        exchangeLogs.keepUpNow();
        assertThat(link(metaNetworks.project("terr", YEAR_2025), "A", "B")).isEqualTo(List.of(3L, 2L));

        // pA1 moves from A to E, so r2 is now E's; r14 is a new referral from A to B.
        importer.importBundle(Path.of("src/test/resources/network/weights/later"));
        MetaNetwork later = metaNetworks.project("terr", YEAR_2025);

        assertThat(link(later, "A", "B")).isEqualTo(List.of(3L, 2L));
        assertThat(link(later, "B", "E")).isEqualTo(List.of(1L, 0L));
        assertThat(later.arcs()).extracting(a -> a.source() + ">" + a.target() + ":" + a.count())
                .contains("A>B:2", "E>B:1", "B>A:1");
        assertThat(exchangeLogs.keepUpNow()).as("every log of the earlier data is stale")
                .isEqualTo(territoryCount() - territories.scope("terr").descendants().size());
    }

    @Test
    void afterAnImportTheBackgroundThreadKeepsTheLogOfEveryTerritory(@Autowired Graph graph, @Autowired Leases leases) throws InterruptedException {
        importer.importBundle(Path.of("src/test/resources/network/weights/bundle"));
        ExchangeLogs keptUp = new ExchangeLogs(graph, publication, leases, true, event -> { });
        try {
            keptUp.after(new ImportEnded("weights", ImportStatus.DONE));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (keptLogs() < territoryCount() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(keptLogs()).isEqualTo(territoryCount()).isEqualTo(5);
        } finally {
            keptUp.stop();
        }
    }

    @Test
    void logsOfTheV1DefinitionOnePerStructureAreDroppedAtStart(@Autowired SchemaInitializer schema) throws IOException {
        cypher("CREATE (:ExchangeLog {structureId: 'A', version: 'publiee-3', data: $data})",
                Map.of("data", new byte[] {(byte) 0x81}));

        schema.apply();

        assertThat(count("MATCH (l:ExchangeLog) RETURN count(l) AS c", Map.of())).isZero();
    }

    private static List<Long> link(MetaNetwork network, String a, String b) {
        return network.links().stream().filter(l -> l.source().equals(a) && l.target().equals(b))
                .map(l -> List.of(l.referrals(), l.sharedPersons())).findFirst().orElseThrow();
    }

    private long keptLogs() {
        return count("MATCH (l:ExchangeLog) WHERE l.version = $version RETURN count(l) AS c",
                Map.of("version", ExchangeLogs.tag(publication.current())));
    }

    private long territoryCount() {
        return count("MATCH (t:Territory) RETURN count(t) AS c", Map.of());
    }

    private long count(String query, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            return session.run(query, parameters).single().get("c").asLong();
        }
    }

    private void cypher(String query, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            session.run(query, parameters).consume();
        }
    }

    /** The méta-réseau by brute force: nodes, links with their dates, arcs with their counts. */
    private record Reference(List<String> nodes, Map<String, List<List<LocalDate>>> links, Map<String, Integer> arcs) {
    }

    private Reference reference(String territoryId, Window window) throws IOException {
        TerritoryScope scope = territories.scope(territoryId);
        Map<String, Object> parameters = Map.of("from", window.from(), "to", window.to(),
                "territories", List.copyOf(scope.descendants()));
        Map<String, List<LocalDate>> referrals = new HashMap<>();
        Map<String, Integer> arcs = new TreeMap<>();
        Map<String, Map<String, LocalDate>> persons = new HashMap<>();
        try (Session session = driver.session()) {
            session.run(Files.readString(Path.of("src/test/resources/network/reference/referrals.cypher")), parameters)
                    .forEachRemaining(r -> {
                        String sender = r.get("sender").asString();
                        String receiver = r.get("receiver").asString();
                        referrals.computeIfAbsent(pair(sender, receiver), k -> new ArrayList<>())
                                .add(r.get("date").asLocalDate());
                        arcs.merge(sender + ">" + receiver, 1, Integer::sum);
                    });
            session.run(Files.readString(Path.of("src/test/resources/network/reference/shared-persons.cypher")),
                    parameters).forEachRemaining(r -> persons
                    .computeIfAbsent(r.get("a").asString() + "|" + r.get("b").asString(), k -> new HashMap<>())
                    .put(r.get("person").asString(), r.get("firstDay").asLocalDate()));
        }
        Set<String> nodes = new TreeSet<>(scope.ecology());
        Map<String, List<List<LocalDate>>> links = new TreeMap<>();
        for (String pair : union(referrals.keySet(), persons.keySet())) {
            nodes.addAll(List.of(pair.split("\\|")));
            links.put(pair, List.of(sorted(referrals.getOrDefault(pair, List.of())),
                    sorted(persons.getOrDefault(pair, Map.of()).values())));
        }
        return new Reference(List.copyOf(nodes), links, arcs);
    }

    private static Map<String, List<List<LocalDate>>> links(MetaNetwork network) {
        Map<String, List<List<LocalDate>>> links = new TreeMap<>();
        network.links().forEach(l -> links.put(l.source() + "|" + l.target(),
                List.of(l.referralDates(), l.sharedPersonDates())));
        return links;
    }

    private static Map<String, Integer> arcs(MetaNetwork network) {
        Map<String, Integer> arcs = new TreeMap<>();
        network.arcs().forEach(a -> arcs.put(a.source() + ">" + a.target(), a.count()));
        return arcs;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }

    private static List<LocalDate> sorted(java.util.Collection<LocalDate> dates) {
        return dates.stream().sorted().toList();
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
