package fr.maillage.territory;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a territory T reaches, per the contract's "Graph semantics", computed once per request.
 *
 * @param territoryId  T
 * @param ancestors    T and every territory above it
 * @param descendants  T and every territory below it (where the persons of T live)
 * @param serving      structures serving T: who a person living in T can turn to
 * @param ecology      structures belonging to T's ecology: serving T, or covering a descendant
 */
public record TerritoryScope(String territoryId, Set<String> ancestors, Set<String> descendants,
                             Set<String> serving, Set<String> ecology) {

    static TerritoryScope of(String territoryId, Set<String> ancestors, Set<String> descendants,
                             Set<String> serving, Set<String> below) {
        Set<String> ecology = new LinkedHashSet<>(serving);
        ecology.addAll(below);
        return new TerritoryScope(territoryId, Set.copyOf(ancestors), Set.copyOf(descendants),
                Set.copyOf(serving), Set.copyOf(ecology));
    }
}
