package fr.maillage.access;

import static fr.maillage.access.NordSud.CHERCHEUR;
import static fr.maillage.access.NordSud.CHERCHEUSE;
import static fr.maillage.access.NordSud.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

/**
 * Researchers' pseudonyms as the contract defines them, checked against an HMAC computed here
 * from the installation's secret file: the same for one researcher across calls and endpoints,
 * different for two researchers of the same scope, and the only way to name a person to the API.
 */
@AccessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PseudonymsTest {

    private static final List<String> NORD = List.of("pn01", "pn02", "pn03", "pn04", "pn05", "pn06", "pn07", "pn08",
            "pn09", "pn10");

    @Autowired WebApplicationContext context;

    private NordSud fixture;

    @BeforeAll
    void load() {
        fixture = NordSud.load(context);
    }

    @Test
    void personsArePseudonymisedWithTheHmacOfTheResearchersNameAndTheStoredId() throws Exception {
        assertThat(persons(CHERCHEUR)).containsExactlyInAnyOrderElementsOf(pseudonyms(CHERCHEUR, NORD))
                .allMatch(id -> id.matches("r-[0-9a-f]{16}"));
    }

    @Test
    void oneResearchersPseudonymsAgreeAcrossCallsAndEndpoints() throws Exception {
        Set<String> persons = Set.copyOf(persons(CHERCHEUR));
        assertThat(persons(CHERCHEUR)).containsExactlyInAnyOrderElementsOf(persons);
        // README: orphans of nord on 2025-12-31 are pn09 and pn10; pn05 is followed twice over.
        List<String> orphans = read(CHERCHEUR, "/api/territories/nord/orphans?asOf=2025-12-31", "$[*].personId");
        assertThat(orphans).containsExactlyInAnyOrderElementsOf(pseudonyms(CHERCHEUR, List.of("pn09", "pn10")));
        List<String> overlaps = read(CHERCHEUR, "/api/territories/nord/overlaps?from=2025-01-01&to=2025-12-31",
                "$.persons[*].personId");
        assertThat(overlaps).containsExactlyElementsOf(pseudonyms(CHERCHEUR, List.of("pn05")));
        assertThat(persons).containsAll(orphans).containsAll(overlaps);
        String pn05 = overlaps.get(0);
        fixture.mvc().perform(get("/api/persons/" + pn05 + "/parcours").with(as(CHERCHEUR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.id").value(pn05))
                .andExpect(jsonPath("$.person.territoryId").value("nord"));
    }

    @Test
    void twoResearchersOfOneScopeGetDifferentPseudonyms() throws Exception {
        List<String> hers = persons(CHERCHEUSE);
        assertThat(hers).containsExactlyInAnyOrderElementsOf(pseudonyms(CHERCHEUSE, NORD))
                .doesNotContainAnyElementsOf(persons(CHERCHEUR));
    }

    @Test
    void aResearcherAsksForAPersonByTheirPseudonymOnly() throws Exception {
        String own = fixture.pseudonym(CHERCHEUR, "pn01");
        fixture.mvc().perform(get("/api/persons/" + own + "/parcours").with(as(CHERCHEUR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.person.id").value(own))
                .andExpect(jsonPath("$.events").isNotEmpty());
        fixture.mvc().perform(get("/api/persons/pn01/parcours").with(as(CHERCHEUR)))
                .andExpect(status().isNotFound());
        String hers = fixture.pseudonym(CHERCHEUSE, "pn01");
        fixture.mvc().perform(get("/api/persons/" + hers + "/parcours").with(as(CHERCHEUR)))
                .andExpect(status().isNotFound());
        fixture.mvc().perform(get("/api/persons/" + hers + "/parcours").with(as(CHERCHEUSE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.person.id").value(hers));
    }

    @Test
    void aPilotSeesTheStoredIds() throws Exception {
        assertThat(persons(NordSud.PILOTE)).containsExactlyInAnyOrderElementsOf(NORD);
    }

    private List<String> persons(String user) throws Exception {
        return read(user, "/api/territories/nord/persons?asOf=2025-12-31", "$[*].personId");
    }

    private List<String> read(String user, String url, String path) throws Exception {
        String json = fixture.mvc().perform(get(url).with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, path);
    }

    private List<String> pseudonyms(String researcher, List<String> ids) {
        return ids.stream().map(id -> fixture.pseudonym(researcher, id)).collect(Collectors.toList());
    }
}
