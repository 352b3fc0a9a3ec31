package fr.maillage.access;

import static fr.maillage.access.NordSud.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

/**
 * The small-cell rule on the méta-réseau of {@code nord} in 2025, against the figures worked out
 * in {@code access/nord-sud/README.md}: a planner reads every count of persons below 5 (zero
 * included) as "<5", a link's weight that holds such a count as "<N" (N = its referrals + 5), and a
 * structure's weighted degree that holds k of them as "<N" (N = the degree less their persons + 4k + 1);
 * a pilot reads the exact figures.
 */
@AccessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlannerSmallCellsTest {

    @Autowired WebApplicationContext context;

    private NordSud fixture;

    @BeforeAll
    void load() {
        fixture = NordSud.load(context);
    }

    @Test
    void aPlannerReadsSmallCountsOfSharedPersonsAsLessThanFiveOnLinks() throws Exception {
        // link: sharedPersons, weight, referrals; zero is hidden too, so that 0 and 1 look alike
        assertThat(links(NordSud.PLANIFICATEUR)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "dac|hop-n", List.of("<5", "<7", 2),
                "dac|ssiad-n", List.of(5, 6, 1),
                "ccas-n|hop-n", List.of("<5", "<6", 1),
                "ccas-n|dac", List.of("<5", "<5", 0),
                "ccas-n|ssiad-n", List.of("<5", "<5", 0))));
    }

    @Test
    void aPilotReadsTheExactFiguresOfTheSameLinks() throws Exception {
        assertThat(links(NordSud.PILOTE)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "dac|hop-n", List.of(3, 5, 2),
                "dac|ssiad-n", List.of(5, 6, 1),
                "ccas-n|hop-n", List.of(0, 1, 1),
                "ccas-n|dac", List.of(1, 1, 0),
                "ccas-n|ssiad-n", List.of(1, 1, 0))));
    }

    @Test
    void aPlannerReadsSmallCountsOfSharedPersonsAsLessThanFiveOnNodes() throws Exception {
        assertThat(nodes(NordSud.PLANIFICATEUR)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "dac", 8, "hop-n", "<5", "ssiad-n", 5, "ccas-n", "<5")));
        assertThat(nodes(NordSud.PILOTE)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "dac", 8, "hop-n", 3, "ssiad-n", 5, "ccas-n", 1)));
    }

    @Test
    void aPlannersCsvExportHidesTheSameCountsAndAPilotsDoesNot() throws Exception {
        assertThat(exportedEdge(NordSud.PLANIFICATEUR, "dac", "hop-n")).containsExactly("<5", "<7", "2");
        assertThat(exportedEdge(NordSud.PILOTE, "dac", "hop-n")).containsExactly("3", "5", "2");
        assertThat(exportedEdge(NordSud.PLANIFICATEUR, "dac", "ssiad-n")).containsExactly("5", "6", "1");
    }

    @Test
    void aPlannerReadsWeightedDegreesHoldingSmallCountsAsAnUpperBound() throws Exception {
        // N = weighted degree − the small links' shared persons + 4 per small link + 1 (README)
        assertThat(weightedDegrees(NordSud.PLANIFICATEUR)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "dac", "<17", "hop-n", "<12", "ssiad-n", "<11", "ccas-n", "<14")));
        assertThat(fixture.mvc().perform(get("/api/territories/nord/key-partners?from=2025-01-01&to=2025-12-31")
                .with(as(NordSud.PLANIFICATEUR))).andReturn().getResponse().getContentAsString())
                .doesNotContain("smallSharedPersons").doesNotContain("smallLinks");
    }

    @Test
    void aPilotReadsTheExactWeightedDegrees() throws Exception {
        assertThat(weightedDegrees(NordSud.PILOTE)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "dac", 12, "hop-n", 6, "ssiad-n", 7, "ccas-n", 3)));
    }

    @Test
    void aPlannersCsvExportHidesTheSameWeightedDegreesAndAPilotsDoesNot() throws Exception {
        assertThat(exportedWeightedDegrees(NordSud.PLANIFICATEUR)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "dac", "<17", "hop-n", "<12", "ssiad-n", "<11", "ccas-n", "<14")));
        assertThat(exportedWeightedDegrees(NordSud.PILOTE)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "dac", "12", "hop-n", "6", "ssiad-n", "7", "ccas-n", "3")));
    }

    @Test
    void aPlannerReadsCrossSectorSharesOfWeightedDegreesHoldingSmallCountsAsMasked() throws Exception {
        // Every structure of nord's méta-réseau has a small link (README), so every share is derived from one.
        assertThat(measure(NordSud.PLANIFICATEUR, "crossSectorShare")).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "dac", "masqué", "hop-n", "masqué", "ssiad-n", "masqué", "ccas-n", "masqué")));
        assertThat(measure(NordSud.PILOTE, "crossSectorShare").values()).allSatisfy(share -> assertThat(share).isInstanceOf(Number.class));
        Map<String, String> exported = new TreeMap<>();
        exported(NordSud.PLANIFICATEUR, "nodes.csv").forEach(node -> exported.put(node.get("id"), node.get("crossSectorShare")));
        assertThat(exported).containsOnlyKeys("dac", "hop-n", "ssiad-n", "ccas-n").doesNotContainValue(null)
                .allSatisfy((id, share) -> assertThat(share).isEqualTo("masqué"));
    }

    private Map<String, Object> weightedDegrees(String user) throws Exception {
        return measure(user, "weightedDegree");
    }

    private Map<String, Object> measure(String user, String key) throws Exception {
        String answer = fixture.mvc().perform(get("/api/territories/nord/key-partners?from=2025-01-01&to=2025-12-31")
                .with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> partners = JsonPath.read(answer, "$[*]");
        Map<String, Object> byStructure = new TreeMap<>();
        partners.forEach(p -> byStructure.put((String) p.get("structureId"), p.get(key)));
        return byStructure;
    }

    private Map<String, String> exportedWeightedDegrees(String user) throws Exception {
        Map<String, String> byStructure = new TreeMap<>();
        exported(user, "nodes.csv").forEach(node -> byStructure.put(node.get("id"), node.get("weightedDegree")));
        return byStructure;
    }

    /** sharedPersons, weight and referrals of one edge in the edges.csv of the CSV export. */
    private List<String> exportedEdge(String user, String a, String b) throws Exception {
        for (CSVRecord edge : exported(user, "edges.csv")) {
            if (Set.of(a, b).equals(Set.of(edge.get("source"), edge.get("target")))) {
                return List.of(edge.get("sharedPersons"), edge.get("weight"), edge.get("referrals"));
            }
        }
        throw new AssertionError("no edge " + a + "–" + b + " in the export of " + user);
    }

    /** The rows of one table of the CSV export of {@code nord} in 2025, as {@code user} gets it. */
    private List<CSVRecord> exported(String user, String table) throws Exception {
        byte[] zip = fixture.mvc().perform(get("/api/territories/nord/export?format=csv&from=2025-01-01&to=2025-12-31")
                .with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals(table)) {
                    String csv = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
                    return CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
                }
            }
        }
        throw new AssertionError("no " + table + " in the export of " + user);
    }

    private Map<String, List<Object>> links(String user) throws Exception {
        List<Map<String, Object>> links = JsonPath.read(network(user), "$.links[*]");
        Map<String, List<Object>> byPair = new TreeMap<>();
        for (Map<String, Object> link : links) {
            String a = (String) link.get("source");
            String b = (String) link.get("target");
            String pair = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
            byPair.put(pair, List.of(link.get("sharedPersons"), link.get("weight"), link.get("referrals")));
        }
        return byPair;
    }

    private Map<String, Object> nodes(String user) throws Exception {
        List<Map<String, Object>> nodes = JsonPath.read(network(user), "$.nodes[*]");
        Map<String, Object> shared = new TreeMap<>();
        for (Map<String, Object> node : nodes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> activity = (Map<String, Object>) node.get("activity");
            shared.put((String) node.get("id"), activity.get("sharedPersons"));
        }
        return shared;
    }

    private String network(String user) throws Exception {
        return fixture.mvc().perform(get("/api/territories/nord/network?from=2025-01-01&to=2025-12-31").with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
