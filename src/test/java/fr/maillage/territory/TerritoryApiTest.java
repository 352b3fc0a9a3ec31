package fr.maillage.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.api.NotFoundException;

@MaillageTest
class TerritoryApiTest {

    @Autowired Driver driver;
    @Autowired Territories territories;

    @BeforeEach
    void hierarchy() {
        TestGraph.clear(driver);
        try (Session session = driver.session()) {
            // dep > terr > (communeA, communeB); S1 covers dep, S2 covers communeA, S3 covers communeB.
            session.run("""
                CREATE (dep:Territory {id:'dep', name:'Département', kind:'departement'})
                CREATE (terr:Territory {id:'terr', name:'Territoire', kind:'territoire', population: 1000, population75Plus: 100})-[:PART_OF]->(dep)
                CREATE (a:Territory {id:'a', name:'A', kind:'commune', inseeCode:'07186'})-[:PART_OF]->(terr)
                CREATE (b:Territory {id:'b', name:'B', kind:'commune'})-[:PART_OF]->(terr)
                CREATE (:Structure {id:'S1'})-[:COVERS]->(dep)
                CREATE (:Structure {id:'S2'})-[:COVERS]->(a)
                CREATE (:Structure {id:'S3'})-[:COVERS]->(b)
                """, Map.of()).consume();
        }
    }

    @Test
    void structureCoveringAParentServesTheCommuneButACommuneStructureOnlyBelongsToTheParentsEcology() {
        TerritoryScope commune = territories.scope("a");
        assertThat(commune.serving()).containsExactlyInAnyOrder("S1", "S2");
        assertThat(commune.ecology()).containsExactlyInAnyOrder("S1", "S2");

        TerritoryScope terr = territories.scope("terr");
        assertThat(terr.serving()).containsExactly("S1");
        assertThat(terr.ecology()).containsExactlyInAnyOrder("S1", "S2", "S3");
        assertThat(terr.descendants()).containsExactlyInAnyOrder("terr", "a", "b");
        assertThat(terr.ancestors()).containsExactlyInAnyOrder("terr", "dep");
    }

    @Test
    void servingIsComputedPerTerritoryOfResidence() {
        Map<String, Set<String>> serving = territories.servingByTerritory(Set.of("a", "b"));
        assertThat(serving.get("a")).containsExactlyInAnyOrder("S1", "S2");
        assertThat(serving.get("b")).containsExactlyInAnyOrder("S1", "S3");
    }

    @Test
    void listGivesParentsPopulationsAndInseeCodes() {
        assertThat(territories.list()).contains(
                new Territory("terr", "Territoire", "territoire", "dep", 1000L, 100L, null),
                new Territory("a", "A", "commune", "terr", null, null, "07186"));
    }

    @Test
    void unknownTerritoryIsNotFound() {
        assertThrows(NotFoundException.class, () -> territories.scope("nowhere"));
    }
}
