package fr.maillage.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
import fr.maillage.SignedIn;
import fr.maillage.imports.BundleImporter;

/**
 * Dates that are valid ISO but absurd (year -999,999,999 overflowed the exchange logs' day
 * numbers, a 500 on seven endpoints) are a 400 naming the parameter, on every endpoint that reads one.
 */
@MaillageTest
class AbsurdDatesTest {

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired WebApplicationContext context;

    private MockMvc http;

    @BeforeEach
    void fixture() {
        Fixtures.load(driver, importer, "network/weights/bundle");
        http = SignedIn.asAdmin(context);
    }

    @Test
    void aDateBeyondTheYearsMaillageKnowsIs400NamingItOnEveryEndpoint() throws Exception {
        String[][] asked = {
                {"/api/territories/terr/network?from=-999999999-01-01", "from"},
                {"/api/territories/terr/key-partners?to=+999999999-12-31", "to"},
                {"/api/territories/terr/export?format=csv&from=-999999999-01-01", "from"},
                {"/api/territories/terr/overlaps?from=1899-12-31", "from"},
                {"/api/territories/terr/changes?previousFrom=-999999999-01-01", "previousFrom"},
                {"/api/territories/terr/report?to=2200-01-01", "to"},
                {"/api/compare?territories=terr&from=-999999999-01-01", "from"},
                {"/api/territories/terr/orphans?asOf=-999999999-01-01", "asOf"},
                {"/api/territories/terr/persons?asOf=+999999999-01-01", "asOf"},
                {"/api/territories/terr/coordinators?from=-999999999-01-01", "from"},
                {"/api/territories/terr/funding?from=-999999999", "from"},
                {"/api/territories/terr/funding?to=2200", "to"}};
        for (String[] request : asked) {
            http.perform(get(request[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value(request[1]));
        }
    }

    @Test
    void theFirstAndLastDaysMaillageKnowsAreAnswered() throws Exception {
        http.perform(get("/api/territories/terr/network?from=1900-01-01&to=2199-12-31")).andExpect(status().isOk());
        http.perform(get("/api/territories/terr/funding?from=1900&to=2199")).andExpect(status().isOk())
                .andExpect(jsonPath("$.years.length()").value(300));
    }
}
