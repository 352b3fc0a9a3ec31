package fr.maillage.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.maillage.api.Window;
import fr.maillage.exports.ExportedEdge.Spell;

/**
 * A hand-made méta-réseau for the writers' tests: a DAC and a hospital exchanged twice, the DAC and a
 * CCAS once, and an EHPAD exchanged with nobody (an isolated node must survive every format). The
 * hospital's name carries XML and CSV special characters on purpose.
 */
final class SmallNetwork {

    static final Window WINDOW = new Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    private SmallNetwork() {
    }

    static ExportedNetwork build() {
        ExportHeader header = new ExportHeader("GET /api/territories/combes/export?format=gexf&from=2025-01-01&to=2025-12-31",
                "combes", WINDOW, "sha256:abc", Instant.parse("2026-01-02T10:00:00Z"), "0.1.0-test");
        List<ExportedNode> nodes = List.of(
                new ExportedNode("dac", "DAC des Combes", "dac", "medico_social", 2, 4, 1.0 / 3, 0.4, true, 0.5,
                        0, 0, 0, 0, 1, 3),
                new ExportedNode("ehpad", "EHPAD Les Tilleuls", "ehpad", "medico_social", 0, 0, 0, 0.05, false, 0,
                        0, 0, 0, 0, 0, 0),
                new ExportedNode("hop", "Hôpital « Saint-Luc », <urgences> & \"gériatrie\"", "hopital", "sanitaire",
                        1, 3, 0, 0.3, false, 1.0, 0, 0, 0, 0, 0, 2),
                new ExportedNode("ccas", "CCAS de Combes", "ccas", "social", 1, 1, 0, 0.25, false, 1.0,
                        0, 0, 0, 0, 0, 1));
        List<ExportedEdge> edges = List.of(
                new ExportedEdge("ccas", "dac", 1, 1, 0, List.of(new Spell(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 10)))),
                new ExportedEdge("dac", "hop", 3, 2, 1, List.of(
                        new Spell(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 3)),
                        new Spell(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30)))));
        return new ExportedNetwork(header, nodes, edges);
    }
}
