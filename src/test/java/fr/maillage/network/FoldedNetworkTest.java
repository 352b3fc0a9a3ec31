package fr.maillage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
import fr.maillage.SignedIn;
import fr.maillage.access.UserAccounts;
import fr.maillage.access.UserRole;
import fr.maillage.api.Window;
import fr.maillage.imports.BundleImporter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The méta-réseau folded around its coordination structures ({@code fold=coordination}) on the
 * fixture {@code network/fold}, against the folded graphs its README works out by hand.
 */
@MaillageTest
class FoldedNetworkTest {

    static final String FIXTURE = "network/fold/bundle";
    static final Window YEAR = new Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    private static final String URL = "/api/territories/terr/network?from=2025-01-01&to=2025-12-31";
    private static final String PLANNER = "planificateur-pliage";

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired WebApplicationContext context;
    @Autowired MetaNetworks metaNetworks;
    @Autowired UserAccounts accounts;
    @Autowired JsonMapper json;

    private MockMvc mvc;

    @BeforeEach
    void foldFixture() {
        Fixtures.load(driver, importer, FIXTURE);
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void theCoordinationStructuresStayAndEveryOtherTypeWithSeveralStructuresIsOneNode() throws Exception {
        mvc.perform(get(URL + "&fold=coordination")).andExpect(status().isOk())
                .andExpect(jsonPath("$.fold").value("coordination"))
                .andExpect(jsonPath("$.keep").isEmpty())
                .andExpect(jsonPath("$.nodes[*].id").value(contains("ccas", "clic", "dac", "hop",
                        "type:medecin_liberal", "type:ssiad")))
                .andExpect(jsonPath("$.nodes[*].folded").value(contains(false, false, false, false, true, true)))
                .andExpect(jsonPath("$.nodes[4].name").value("Médecins libéraux (3)"))
                .andExpect(jsonPath("$.nodes[4].type").value("medecin_liberal"))
                .andExpect(jsonPath("$.nodes[4].sector").value("sanitaire"))
                .andExpect(jsonPath("$.nodes[4].memberCount").value(3))
                .andExpect(jsonPath("$.nodes[4].members[*].id").value(contains("med1", "med2", "med3")))
                .andExpect(jsonPath("$.nodes[4].activity").value(nullValue()))
                .andExpect(jsonPath("$.nodes[5].name").value("SSIAD (2)"))
                .andExpect(jsonPath("$.nodes[5].sector").value("medico_social"))
                .andExpect(jsonPath("$.nodes[2].memberCount").doesNotExist())
                .andExpect(jsonPath("$.nodes[2].activity.sentByStatus.acceptee").value(2))
                .andExpect(jsonPath("$.partnerships[*].target").value(contains("dac", "type:medecin_liberal",
                        "type:medecin_liberal")));
        assertThat(links(mvc, URL + "&fold=coordination")).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "clic|dac", List.of(1, 1, 0),
                "clic|type:medecin_liberal", List.of(1, 1, 0),
                "dac|type:medecin_liberal", List.of(5, 3, 2),
                "dac|type:ssiad", List.of(2, 2, 0),
                "hop|type:ssiad", List.of(2, 1, 1))));
    }

    @Test
    void theReferralArcsAddUpAndThoseInsideAGroupAreLeftOut() {
        FoldedNetwork folded = Fold.COORDINATION.apply(metaNetworks.project("terr", YEAR));
        Map<String, Integer> arcs = new TreeMap<>();
        folded.shown().arcs().forEach(a -> arcs.put(a.source() + ">" + a.target(), a.count()));
        assertThat(arcs).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "clic>dac", 1, "dac>type:ssiad", 2, "hop>type:ssiad", 1, "type:medecin_liberal>clic", 1,
                "type:medecin_liberal>dac", 3)));
        assertThat(folded.shown().graph().size()).isEqualTo(6);
        assertThat(folded.shown().graph().links()).isEqualTo(5);
        assertThat(folded.folded()).isEqualTo(5);
        assertThat(folded.whole().nodes()).hasSize(9);
    }

    @Test
    void aKeptStructureLeavesItsGroupAndAGroupOfOneIsItsStructure() throws Exception {
        mvc.perform(get(URL + "&fold=coordination&keep=med3")).andExpect(status().isOk())
                .andExpect(jsonPath("$.keep").value(contains("med3")))
                .andExpect(jsonPath("$.nodes[*].id").value(contains("ccas", "clic", "dac", "hop", "med3",
                        "type:medecin_liberal", "type:ssiad")))
                .andExpect(jsonPath("$.nodes[5].name").value("Médecins libéraux (2)"));
        assertThat(links(mvc, URL + "&fold=coordination&keep=med3")).containsOnlyKeys("clic|dac", "clic|med3",
                "dac|type:medecin_liberal", "dac|type:ssiad", "hop|type:ssiad").containsEntry("dac|type:medecin_liberal",
                List.of(5, 3, 2));
        mvc.perform(get(URL + "&fold=coordination").param("keep", " med1 ;med3;;med1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.keep").value(contains("med1", "med3")))
                .andExpect(jsonPath("$.nodes[*].id").value(contains("ccas", "clic", "dac", "hop", "med1", "med2", "med3",
                        "type:ssiad")))
                .andExpect(jsonPath("$.nodes[5].folded").value(false));
        assertThat(links(mvc, URL + "&fold=coordination&keep=med1;med3")).hasSize(7)
                .containsEntry("dac|med2", List.of(3, 2, 1)).containsEntry("med1|med2", List.of(1, 1, 0));
    }

    @Test
    void withoutAFoldTheAnswerIsTheOneBeforeTheFoldExisted() throws Exception {
        String answer = mvc.perform(get(URL)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        MetaNetwork whole = metaNetworks.project("terr", YEAR);
        String before = json.writeValueAsString(new Unfolded(whole.territoryId(), whole.window().from(),
                whole.window().to(), whole.nodes(), whole.links().stream()
                .map(l -> new UnfoldedLink(l.source(), l.target(), l.weight(), l.referrals(), l.sharedPersons())).toList(),
                whole.partnerships()));
        assertThat(answer).isEqualTo(before).doesNotContain("\"folded\"", "\"fold\"", "memberCount");
        assertThat(mvc.perform(get(URL + "&fold=none")).andReturn().getResponse().getContentAsString()).isEqualTo(before);
    }

    /** The answer's shape before the fold: {@code NetworkView} with its nodes and links as they were. */
    record Unfolded(String territoryId, LocalDate from, LocalDate to, List<StructureNode> nodes, List<UnfoldedLink> links,
                    List<DeclaredPartnership> partnerships) {
    }

    record UnfoldedLink(String source, String target, long weight, long referrals, long sharedPersons) {
    }

    @Test
    void aPlannerReadsTheSmallCountsAFoldedLinkAddsUpAsInAWeightedDegree() throws Exception {
        if (accounts.find(PLANNER).isEmpty()) {
            accounts.create(PLANNER, "{noop}inutilisé", UserRole.PLANIFICATEUR, List.of("dep"), false);
        }
        MockMvc planner = SignedIn.mvc(context, PLANNER);
        assertThat(links(planner, URL + "&fold=coordination")).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "clic|dac", List.of("<6", 1, "<5"),
                "clic|type:medecin_liberal", List.of("<6", 1, "<5"),
                "dac|type:medecin_liberal", List.of("<12", 3, "<9"),
                "dac|type:ssiad", List.of("<11", 2, "<9"),
                "hop|type:ssiad", List.of("<10", 1, "<9"))));
        String answer = planner.perform(get(URL + "&fold=coordination")).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("Médecins libéraux (3)").doesNotContain("smallPairs", "smallSharedPersons", "q1");
        // unfolded, the rule of one pair as before
        assertThat(links(planner, URL)).containsEntry("dac|med1", List.of("<6", 1, "<5"))
                .containsEntry("dac|med2", List.of("<7", 2, "<5"));
    }

    @Test
    void everyFoldParameterIsCheckedAndRefusedInFrenchNamingIt() throws Exception {
        mvc.perform(get(URL + "&fold=tout")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("fold"))
                .andExpect(jsonPath("$.message").value(containsString("coordination, none")));
        mvc.perform(get(URL + "&keep=med3")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("keep"))
                .andExpect(jsonPath("$.message").value(containsString("fold=coordination")));
        mvc.perform(get(URL + "&fold=none&keep=med3")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("keep"));
        for (String stranger : List.of("inconnue", "ailleurs", "type:ssiad")) {
            mvc.perform(get(URL + "&fold=coordination&keep=med3;" + stranger)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("keep"))
                    .andExpect(jsonPath("$.message").value("Paramètre « keep » : la structure « " + stranger
                            + " » n'est pas dans le méta-réseau de ce territoire sur cette période"));
        }
        String tooMany = IntStream.rangeClosed(0, Fold.MAX_KEPT).mapToObj(i -> "s" + i).collect(Collectors.joining(";"));
        mvc.perform(get(URL + "&fold=coordination&keep=" + tooMany)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("keep"))
                .andExpect(jsonPath("$.message").value("Paramètre « keep » : 101 structures demandées, 100 au plus"));
        mvc.perform(get(URL + "&fold=coordination&keep=" + "x".repeat(5000))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("« " + "x".repeat(60) + "… »")));
        mvc.perform(get("/api/territories/nulle-part/network?fold=coordination")).andExpect(status().isNotFound());
    }

    /** weight, referrals and sharedPersons of each link, by "source|target". */
    static Map<String, List<Object>> links(MockMvc mvc, String url) throws Exception {
        String answer = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> links = JsonPath.read(answer, "$.links[*]");
        Map<String, List<Object>> byPair = new TreeMap<>();
        links.forEach(l -> byPair.put(l.get("source") + "|" + l.get("target"),
                List.of(l.get("weight"), l.get("referrals"), l.get("sharedPersons"))));
        return byPair;
    }
}
