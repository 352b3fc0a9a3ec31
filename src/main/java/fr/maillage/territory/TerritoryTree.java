package fr.maillage.territory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.maillage.imports.ImportEnded;

/**
 * The territory hierarchy as a parent map, read once and again after each import that wrote: what
 * a scope of territories reaches ("the user may see those territories and their descendants").
 */
@Component
public class TerritoryTree {

    private final Territories territories;
    private volatile Map<String, String> parents;

    public TerritoryTree(Territories territories) {
        this.territories = territories;
    }

    @EventListener
    void importEnded(ImportEnded event) {
        parents = null;
    }

    public boolean exists(String territoryId) {
        return parents().containsKey(territoryId);
    }

    /** Whether {@code territoryId} is one of {@code roots} or below one of them. */
    public boolean within(String territoryId, Collection<String> roots) {
        Map<String, String> parents = parents();
        Set<String> seen = new HashSet<>();
        for (String t = territoryId; t != null && seen.add(t); t = parents.get(t)) {
            if (roots.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** {@code roots} and every territory below them. */
    public Set<String> withDescendants(Collection<String> roots) {
        Set<String> reached = new HashSet<>();
        for (String territory : parents().keySet()) {
            if (within(territory, roots)) {
                reached.add(territory);
            }
        }
        return reached;
    }

    private Map<String, String> parents() {
        Map<String, String> known = parents;
        if (known == null) {
            known = new HashMap<>();
            for (Territory t : territories.list()) {
                known.put(t.id(), t.parentId());
            }
            parents = known;
        }
        return known;
    }
}
