package fr.maillage.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import fr.maillage.api.NotFoundException;
import fr.maillage.db.Graph;
import fr.maillage.territory.TerritoryTree;

/**
 * Person ids between the stored graph and the viewer: what an id asked for in a path is in the
 * database, and how a stored id is shown. A researcher asks with, and is shown, their pseudonyms
 * only; a stored id asked by a researcher is unknown to them.
 */
@Component
public class PersonIds {

    private static final String RESOLVED = PersonIds.class.getName() + ".resolved.";

    private final Graph graph;
    private final Pseudonyms pseudonyms;
    private final TerritoryTree tree;
    private final Viewers viewers;

    public PersonIds(Graph graph, Pseudonyms pseudonyms, TerritoryTree tree, Viewers viewers) {
        this.graph = graph;
        this.pseudonyms = pseudonyms;
        this.tree = tree;
        this.viewers = viewers;
    }

    /**
     * The stored id of the person the current viewer asks for; 404 when there is none for them.
     * A researcher's pseudonym is found among the persons of their scope, by computing each one's
     * pseudonym (no table of pseudonyms is kept, so none can leak). Outside a signed-in request
     * (the app's own callers; every HTTP request is signed in by {@link AccessPolicy}) the id is taken as stored.
     */
    public String stored(String asked) {
        Optional<String> stored = viewers.current().map(viewer -> resolve(viewer, asked)).orElse(Optional.of(asked));
        return stored.orElseThrow(() -> new NotFoundException("Personne inconnue : " + asked));
    }

    Optional<String> resolve(Viewer viewer, String asked) {
        if (!viewer.is(UserRole.CHERCHEUR)) {
            return Optional.of(asked);
        }
        if (!Pseudonyms.looksLikePseudonym(asked)) {
            return Optional.empty();
        }
        // The access policy and then the endpoint ask the same within one request.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = RESOLVED + asked;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> known) {
            return known.map(Object::toString);
        }
        Optional<String> found = search(viewer, asked);
        if (request != null) {
            request.setAttribute(key, found, RequestAttributes.SCOPE_REQUEST);
        }
        return found;
    }

    private Optional<String> search(Viewer viewer, String asked) {
        boolean all = viewer.seesEveryTerritory();
        List<String> territories = all ? List.of() : List.copyOf(tree.withDescendants(viewer.scopeRoots()));
        return graph.read("access/persons-in-territories.cypher", Map.of("all", all, "territoryIds", territories),
                        r -> r.get("personId").asString()).stream()
                .filter(id -> pseudonyms.of(viewer.username(), id).equals(asked))
                .findFirst();
    }

    /** The territory a stored person lives in; empty for an unknown person (null inside for one with none). */
    Optional<Optional<String>> territoryOf(String storedId) {
        return graph.read("access/person-territory.cypher", Map.of("personId", storedId),
                r -> Optional.ofNullable(r.get("territoryId").asString(null))).stream().findFirst();
    }

    /** How a stored id is shown to {@code viewer}. */
    String shown(Viewer viewer, String storedId) {
        return switch (viewer.role()) {
            case ADMIN, PILOTE -> storedId;
            case CHERCHEUR -> pseudonyms.of(viewer.username(), storedId);
            case PLANIFICATEUR -> throw new IllegalStateException(
                    "un identifiant de personne allait être montré à un planificateur");
        };
    }
}
