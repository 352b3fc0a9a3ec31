package fr.maillage.network;

import java.time.LocalDate;
import java.util.List;

/**
 * A node of the méta-réseau: a structure with every field of the contract's {@code structures.csv}
 * (an unknown field is null, an unknown list empty), and what it did in the window.
 *
 * @param inEcology true when it belongs to the territory's ecology; false for a structure from
 *                  elsewhere that is a node only because it exchanged with one that does
 * @param activity  its referrals and shared persons in the window
 */
public record StructureNode(String id, String name, String type, String sector, List<String> domains,
                            List<String> complexity, List<String> stages, String approach, String coordination,
                            Long minAge, Boolean requiresApa, Long capacity, LocalDate opened, LocalDate closed,
                            List<String> territoryIds, String porteurId, boolean inEcology, NodeActivity activity) {
}
