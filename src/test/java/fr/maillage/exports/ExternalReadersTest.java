package fr.maillage.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** The small hand-made network, written by Maillage and opened by Gephi and by networkx. */
class ExternalReadersTest {

    @TempDir Path dir;

    @Test
    void gephiOpensTheGexfAsADynamicGraphWithItsAttributesAndSpells() throws Exception {
        Path gexf = Files.write(dir.resolve("small.gexf"), NetworkWritersTest.write(ExportFormat.GEXF, SmallNetwork.build()));
        Map<String, String> gephi = ExternalReaders.gephi(gexf);
        assertThat(gephi).containsEntry("nodes", "4").containsEntry("edges", "2").containsEntry("dynamic", "true")
                .containsEntry("issues", "0")
                .containsEntry("node.hop.sector", "sanitaire")
                .containsEntry("node.hop.label", "Hôpital « Saint-Luc », <urgences> & \"gériatrie\"")
                .containsEntry("node.dac.articulationpoint", "true")
                .containsEntry("edge.dac.hop.weight", "3.0");
        // One single-day spell per day of exchange, 2025-02-03, 2025-03-01 and 2025-04-30 (epoch milliseconds, UTC).
        assertThat(gephi.get("edge.dac.hop.spells")).isEqualTo("<[1738540800000.0, 1738540800000.0]; "
                + "[1740787200000.0, 1740787200000.0]; [1745971200000.0, 1745971200000.0]>");
    }

    @Test
    void networkxReadsTheCsvZipAndGraphmlWithTheNodesDegreesAndHeader() throws Exception {
        ExportedNetwork network = SmallNetwork.build();
        Path zip = Files.write(dir.resolve("small.zip"), NetworkWritersTest.write(ExportFormat.CSV, network));
        Path graphml = Files.write(dir.resolve("small.graphml"), NetworkWritersTest.write(ExportFormat.GRAPHML, network));
        JsonNode seen = ExternalReaders.networkx(zip, graphml);

        for (String format : new String[] {"csv", "graphml"}) {
            assertThat(seen.get(format).get("nodes").asInt()).isEqualTo(4);
            assertThat(seen.get(format).get("edges").asInt()).isEqualTo(2);
            for (ExportedNode node : network.nodes()) {
                assertThat(seen.get(format).get("degree").get(node.id()).asLong()).as(format + " " + node.id()).isEqualTo(node.degree());
            }
        }
        assertThat(seen.get("csv").get("weightedDegree").get("dac").asDouble()).isEqualTo(4.0);
        assertThat(seen.get("csv").get("betweenness").get("dac").asDouble()).isEqualTo(1.0 / 3);
        assertThat(seen.get("csv").get("metadata").get("territoryId").asString()).isEqualTo("combes");
        assertThat(seen.get("graphml").get("header").get("contentSha256").asString()).isEqualTo("abc123");
    }
}
