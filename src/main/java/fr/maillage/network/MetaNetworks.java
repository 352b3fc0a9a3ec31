package fr.maillage.network;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import fr.maillage.api.Window;
import fr.maillage.db.AnswerCache;
import fr.maillage.db.Graph;
import fr.maillage.territory.Territories;
import fr.maillage.territory.TerritoryScope;

/**
 * Projects the méta-réseau (meta-network) of a territory over a window, the contract's
 * definition (v1.3, "Graph semantics"):
 *
 * <blockquote>an undirected graph of the exchanges <em>about the persons of T</em>. Two
 * structures exchange about T when a referral about a person of T dated in the window went from
 * one (its sender) to the other (either direction), or when both had an involvement with the same
 * person of T and the two involvements were active together on at least one day of the window.
 * Its nodes: the structures belonging to T's ecology, plus every structure that exchanged about T
 * in the window. Edge weight = number of referrals about persons of T between them in the window
 * (both directions) + number of distinct persons of T they shared in the window.</blockquote>
 *
 * <p>One pass over the exchange logs of T and of the territories below it, where the persons of T
 * live ({@link ExchangeLogs}), gathered by {@link WindowExchanges}; nothing else of the graph is read but the nodes' fields and the
 * declared partnerships. The answer is shared per territory, window and data version
 * ({@link AnswerCache}), so the page's méta-réseau, its key partners, the exports and the report
 * read one projection.
 */
@Service
public class MetaNetworks {

    private final Graph graph;
    private final Territories territories;
    private final ExchangeLogs exchangeLogs;
    private final AnswerCache answers;

    public MetaNetworks(Graph graph, Territories territories, ExchangeLogs exchangeLogs, AnswerCache answers) {
        this.graph = graph;
        this.territories = territories;
        this.exchangeLogs = exchangeLogs;
        this.answers = answers;
    }

    /** The méta-réseau of {@code territoryId} over {@code window}; 404 for an unknown territory. */
    public MetaNetwork project(String territoryId, Window window) {
        return answers.get("meta-network", List.of(territoryId, window), () -> projectNow(territoryId, window));
    }

    private MetaNetwork projectNow(String territoryId, Window window) {
        TerritoryScope scope = territories.scope(territoryId);
        WindowExchanges exchanges = new WindowExchanges(window);
        Map<String, ExchangeLog> logs = new TreeMap<>(exchangeLogs.of(scope.descendants()));
        logs.values().forEach(exchanges::read);
        Set<String> ids = new TreeSet<>(scope.ecology());
        ids.addAll(exchanges.structures());
        return MetaNetwork.of(territoryId, window, nodes(ids, scope.ecology(), exchanges), exchanges.links(),
                exchanges.arcs(), partnerships(ids, window));
    }

    private List<StructureNode> nodes(Set<String> ids, Set<String> ecology, WindowExchanges exchanges) {
        Map<String, Map<String, Long>> sent = exchanges.byStatus(ids, true);
        Map<String, Map<String, Long>> received = exchanges.byStatus(ids, false);
        return graph.read("network/structures.cypher", Map.of("ids", List.copyOf(ids)), r -> {
            String id = r.get("id").asString();
            NodeActivity activity = new NodeActivity(sent.get(id), received.get(id),
                    exchanges.sharedPersons(id));
            return new StructureNode(id, r.get("name").asString(null), r.get("type").asString(null),
                    r.get("sector").asString(null), strings(r.get("domains")), strings(r.get("complexity")),
                    strings(r.get("stages")), r.get("approach").asString(null), r.get("coordination").asString(null),
                    longOrNull(r.get("minAge")), r.get("requiresApa").isNull() ? null : r.get("requiresApa").asBoolean(),
                    longOrNull(r.get("capacity")), date(r.get("opened")), date(r.get("closed")),
                    strings(r.get("territoryIds")), r.get("porteurId").asString(null), ecology.contains(id), activity);
        }).stream().sorted(Comparator.comparing(StructureNode::id)).toList();
    }

    private List<DeclaredPartnership> partnerships(Set<String> ids, Window window) {
        return graph.read("network/partnerships.cypher",
                Map.of("ids", List.copyOf(ids), "from", window.from(), "to", window.to()),
                r -> new DeclaredPartnership(r.get("source").asString(), r.get("target").asString(),
                        r.get("kind").asString(null), date(r.get("since")), date(r.get("until")),
                        longOrNull(r.get("strength"))));
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }

    private static Long longOrNull(Value value) {
        return value.isNull() ? null : value.asLong();
    }

    private static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
