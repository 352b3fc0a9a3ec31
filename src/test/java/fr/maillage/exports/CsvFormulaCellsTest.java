package fr.maillage.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * A structure named {@code =HYPERLINK(...)} in a bundle leaves the CSV export as text a spreadsheet
 * shows, not as a formula it runs; numbers, negative ones included, are left as they are.
 */
class CsvFormulaCellsTest {

    @Test
    void aNameASpreadsheetWouldRunIsWrittenAfterAnApostrophe() throws Exception {
        ExportedNetwork small = SmallNetwork.build();
        ExportedNode dac = small.nodes().get(0);
        ExportedNode hostile = new ExportedNode(dac.id(), "=HYPERLINK(\"http://exemple.invalid\";\"clic\")", dac.type(),
                dac.sector(), dac.degree(), dac.weightedDegree(), -0.5, dac.pagerank(), dac.articulationPoint(),
                dac.crossSectorShare(), dac.coordinator(), dac.itinerant(), dac.gatekeeper(), dac.representative(),
                dac.liaison(), dac.regularity(), dac.smallSharedPersons(), dac.smallLinks());
        List<ExportedNode> nodes = new ArrayList<>(small.nodes());
        nodes.set(0, hostile);
        ExportedNetwork network = new ExportedNetwork(small.header(), nodes, small.edges(), small.partnerships());

        String csv = nodesCsv(NetworkWritersTest.write(ExportFormat.CSV, network));

        assertThat(csv).contains("\ndac,\"'=HYPERLINK(\"\"http://exemple.invalid\"\";\"\"clic\"\")\",dac,medico_social,2,4,-0.5,")
                .doesNotContain(",=HYPERLINK");
    }

    private static String nodesCsv(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("nodes.csv")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("nodes.csv absent");
    }
}
