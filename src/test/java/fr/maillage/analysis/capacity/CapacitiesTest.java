package fr.maillage.analysis.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
import fr.maillage.imports.BundleImporter;

/** The fixture {@code src/test/resources/analysis/capacity}, whose README works the answer out by hand. */
@MaillageTest
class CapacitiesTest {

    private static final LocalDate D = LocalDate.parse("2026-06-30");

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired Capacities capacities;
    @Autowired WebApplicationContext context;

    @Test
    void eachStructureWithACapacityOpenOnTheDateHasItsFollowedWaitingAndRefusedCounts() {
        Fixtures.load(driver, importer, "analysis/capacity");
        CapacityResult result = capacities.of("terr", D);
        assertThat(result.structures()).containsExactly(
                new StructureCapacity("ssiad", "SSIAD du territoire", "ssiad", 3, 3, 3, 1, 1.0, true, 3),
                new StructureCapacity("saad", "SAAD du territoire", "saad", 2, 1, 1, 1, 0.5, false, 0),
                new StructureCapacity("ehpad", "EHPAD du quartier A", "ehpad", 10, 1, 0, 0, 0.1, false, 0));
        assertThat(result.saturated()).isEqualTo(1);
        assertThat(result.missingPlaces()).isEqualTo(3);
        assertThat(result.refusalsFrom()).isEqualTo(LocalDate.parse("2026-04-01"));
    }

    @Test
    void onAnEarlierDateTheSameStructureIsNotSaturatedAndNothingIsWaitingYet() {
        Fixtures.load(driver, importer, "analysis/capacity");
        // On 2026-01-15 the ssiad follows p1 and p3 (p2 starts 02-01, p7 05-01): 2 of 3; no referral
        // to it is dated yet (the first, r6, on 03-01).
        StructureCapacity ssiad = capacities.of("terr", LocalDate.parse("2026-01-15")).structures().stream()
                .filter(s -> s.structureId().equals("ssiad")).findFirst().orElseThrow();
        assertThat(ssiad.followed()).isEqualTo(2);
        assertThat(ssiad.saturated()).isFalse();
        assertThat(ssiad.waiting()).isZero();
        assertThat(ssiad.refused()).isZero();
    }

    @Test
    void theEndpointAnswersTheSameFiguresAnd400ForABadDate() throws Exception {
        Fixtures.load(driver, importer, "analysis/capacity");
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        mvc.perform(get("/api/territories/terr/capacity").param("asOf", "2026-06-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.structures[0].structureId").value("ssiad"))
                .andExpect(jsonPath("$.structures[0].saturated").value(true))
                .andExpect(jsonPath("$.structures[0].missingPlaces").value(3))
                .andExpect(jsonPath("$.refusalDays").value(90))
                .andExpect(jsonPath("$.missingPlaces").value(3));
        mvc.perform(get("/api/territories/terr/capacity").param("asOf", "30/06/2026"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("asOf"));
        mvc.perform(get("/api/territories/nulle-part/capacity")).andExpect(status().isNotFound());
    }
}
