package fr.maillage.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.maillage.api.Window;

/**
 * A hand-made méta-réseau for the writers' tests: a DAC and a hospital exchanged on three days (two
 * referrals, one shared person), the DAC and a CCAS once, and an EHPAD exchanged with nobody (an
 * isolated node must survive every format) but has a declared convention with the DAC. The hospital's
 * name carries XML and CSV special characters on purpose. Degrees, weighted degrees, betweenness
 * (only the DAC lies between two others: 1 pair of the 3 pairs not involving it, so 1/3) and the
 * articulation point are worked out by hand; the other measures are only carried, not checked. Both
 * edges have few shared persons (1 and 0), so the DAC's weighted degree holds 2 small counts (1 person
 * in all), the hospital's and the CCAS's 1 each (1 and 0 persons).
 */
final class SmallNetwork {

    static final Window WINDOW = new Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    private SmallNetwork() {
    }

    static ExportedNetwork build() {
        ExportHeader header = new ExportHeader("GET /api/territories/combes/export?format=gexf&from=2025-01-01&to=2025-12-31",
                "combes", WINDOW, "import 42 (2025-12-31T23:00:00Z)", "abc123", Instant.parse("2026-01-02T10:00:00Z"), "0.1.0-test");
        List<ExportedNode> nodes = List.of(
                new ExportedNode("dac", "DAC des Combes", "dac", "medico_social", 2, 4, 1.0 / 3, 0.4, true, 1.0,
                        0, 0, 0, 0, 1, 3, 1, 2),
                new ExportedNode("ehpad", "EHPAD Les Tilleuls", "ehpad", "medico_social", 0, 0, 0, 0.05, false, 0,
                        0, 0, 0, 0, 0, 0, 0, 0),
                new ExportedNode("hop", "Hôpital « Saint-Luc », <urgences> & \"gériatrie\"", "hopital", "sanitaire",
                        1, 3, 0, 0.3, false, 1.0, 0, 0, 0, 0, 0, 2, 1, 1),
                new ExportedNode("ccas", "CCAS de Combes", "ccas", "social", 1, 1, 0, 0.25, false, 1.0,
                        0, 0, 0, 0, 0, 1, 0, 1));
        List<ExportedEdge> edges = List.of(
                new ExportedEdge("ccas", "dac", 1, 1, 0, List.of(LocalDate.of(2025, 6, 10))),
                new ExportedEdge("dac", "hop", 3, 2, 1,
                        List.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30))));
        List<ExportedPartnership> partnerships = List.of(
                new ExportedPartnership("dac", "ehpad", "convention", LocalDate.of(2020, 1, 1), null, 4L));
        return new ExportedNetwork(header, nodes, edges, partnerships);
    }
}
