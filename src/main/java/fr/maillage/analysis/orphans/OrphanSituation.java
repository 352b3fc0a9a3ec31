package fr.maillage.analysis.orphans;

import fr.maillage.access.PersonId;

import java.util.List;

/**
 * An orphan situation (situation orpheline): a person of the territory, every reason that
 * applies (codes, in the contract's order), and their complexity and needs on the date.
 *
 * @param territoryId    where the person lives (T or one of its descendants); an extension
 * @param uncoveredNeeds the needs no structure serving that territory handles for them
 */
public record OrphanSituation(@PersonId String personId, List<String> reasons, String complexity, List<String> needs,
                              List<String> uncoveredNeeds, String territoryId) {
}
