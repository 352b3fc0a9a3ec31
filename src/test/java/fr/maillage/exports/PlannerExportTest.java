package fr.maillage.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * A planner's exports of {@link SmallNetwork} under the small-cell rule: the edge ccas–dac has no
 * shared person (weight 1 = 1 referral), dac–hop one (weight 3 = 2 referrals + 1 person). Both counts
 * of persons are below 5, so both read "<5", and the weights that hold them "<6" (1 + 5) and "<7" (2 + 5).
 * The weighted degrees holding them read "<N", N = the degree less those persons, + 4 per hidden count + 1:
 * dac 4 − 1 + 8 + 1 = "<12", hop 3 − 1 + 5 = "<7", ccas 1 − 0 + 5 = "<6"; the isolated ehpad holds none: 0.
 */
class PlannerExportTest {

    private static ExportedNetwork forPlanner() {
        ExportedNetwork full = SmallNetwork.build();
        return new ExportedNetwork(full.header(), full.nodes(), full.edges(), full.partnerships(), true);
    }

    @Test
    void plannerCsvShowsSmallCountsOfPersonsAsLessThanFive() throws Exception {
        String edges = entry(NetworkWritersTest.write(ExportFormat.CSV, forPlanner()), "edges.csv");
        assertThat(edges).contains("ccas,dac,<6,1,<5,").contains("dac,hop,<7,2,<5,");
        String full = entry(NetworkWritersTest.write(ExportFormat.CSV, SmallNetwork.build()), "edges.csv");
        assertThat(full).contains("dac,hop,3,2,1,");
    }

    @Test
    void plannerCsvShowsWeightedDegreesHoldingSmallCountsAsAnUpperBound() throws Exception {
        String nodes = entry(NetworkWritersTest.write(ExportFormat.CSV, forPlanner()), "nodes.csv");
        assertThat(nodes).contains("\ndac,DAC des Combes,dac,medico_social,2,<12,")
                .contains("\nehpad,EHPAD Les Tilleuls,ehpad,medico_social,0,0,")
                .contains(",sanitaire,1,<7,").contains("\nccas,CCAS de Combes,ccas,social,1,<6,")
                .doesNotContain("smallSharedPersons").doesNotContain("smallLinks");
        // The cross-sector share is a part of that weighted degree: masked with it, kept for the EHPAD's 0.
        assertThat(nodes).contains("\ndac,DAC des Combes,dac,medico_social,2,<12,0.3333333333333333,0.4,true,masqué,")
                .contains("\nehpad,EHPAD Les Tilleuls,ehpad,medico_social,0,0,0.0,0.05,false,0.0,");
        String full = entry(NetworkWritersTest.write(ExportFormat.CSV, SmallNetwork.build()), "nodes.csv");
        assertThat(full).contains("\ndac,DAC des Combes,dac,medico_social,2,4,");
    }

    @Test
    void plannerGexfHasNoExactWeightOfAnEdgeWithFewSharedPersons() throws Exception {
        String gexf = new String(NetworkWritersTest.write(ExportFormat.GEXF, forPlanner()), StandardCharsets.UTF_8);
        assertThat(gexf).doesNotContain("weight=\"3\"").doesNotContain("weight=\"1\"")
                .contains("value=\"&lt;5\"").contains("value=\"&lt;7\"");
    }

    @Test
    void plannerGraphMlHasNoWeightAndHidesSharedPersons() throws Exception {
        String graphml = new String(NetworkWritersTest.write(ExportFormat.GRAPHML, forPlanner()), StandardCharsets.UTF_8);
        assertThat(graphml).contains("&lt;5").doesNotContain("attr.name=\"weight\"").doesNotContain(">3.0<");
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " absent");
    }
}
