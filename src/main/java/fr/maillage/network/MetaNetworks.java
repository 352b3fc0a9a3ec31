package fr.maillage.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import fr.maillage.vocabulary.ReferralStatus;
import fr.maillage.vocabulary.Vocabulary;

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
 * live ({@link ExchangeLogs}); nothing else of the graph is read but the nodes' fields and the
 * declared partnerships. The answer is shared per territory, window and data version
 * ({@link AnswerCache}), so the page's méta-réseau, its key partners, the exports and the report
 * read one projection.
 */
@Service
public class MetaNetworks {

    private static final List<String> STATUSES = Vocabulary.codes(ReferralStatus.class);

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
        Exchanges exchanges = new Exchanges();
        Map<String, ExchangeLog> logs = new TreeMap<>(exchangeLogs.of(scope.descendants()));
        logs.values().forEach(log -> exchanges.read(log, window));
        Set<String> ids = new TreeSet<>(scope.ecology());
        ids.addAll(exchanges.structures());
        return MetaNetwork.of(territoryId, window, nodes(ids, scope.ecology(), exchanges), exchanges.links(),
                exchanges.arcs(), partnerships(ids, window));
    }

    /**
     * The exchanges of a window gathered from several logs: each arc's referrals, each pair's
     * first days of shared persons, each structure's distinct shared persons. Persons are numbers
     * local to their log; a person lives in one territory, so those of two logs are two persons.
     */
    private static final class Exchanges {
        private final Map<Arc, List<ArcReferral>> arcs = new HashMap<>();
        private final Map<Pair, List<LocalDate>> shared = new HashMap<>();
        private final Map<String, Integer> sharedPersons = new HashMap<>();

        void read(ExchangeLog log, Window window) {
            String[] structures = log.structures();
            log.referrals(window, (sender, receiver, day, status, responseDay) -> arcs
                    .computeIfAbsent(new Arc(structures[sender], structures[receiver]), k -> new ArrayList<>())
                    .add(new ArcReferral(LocalDate.ofEpochDay(day), status,
                            responseDay == ExchangeLog.NO_DAY ? null : LocalDate.ofEpochDay(responseDay))));
            Set<Long> followed = new HashSet<>();
            log.shares(window, (a, b, person, firstDay) -> {
                shared.computeIfAbsent(new Pair(structures[a], structures[b]), k -> new ArrayList<>())
                        .add(LocalDate.ofEpochDay(firstDay));
                for (int structure : new int[] {a, b}) {
                    if (followed.add((long) structure << 32 | person)) {
                        sharedPersons.merge(structures[structure], 1, Integer::sum);
                    }
                }
            });
        }

        Set<String> structures() {
            Set<String> ids = new HashSet<>(sharedPersons.keySet());
            arcs.keySet().forEach(arc -> {
                ids.add(arc.sender());
                ids.add(arc.receiver());
            });
            return ids;
        }

        /** The referral digraph's arcs in (source, target) order, each arc's referrals in date order. */
        List<ReferralArc> arcs() {
            return arcs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new ReferralArc(e.getKey().sender(), e.getKey().receiver(), e.getValue().stream()
                            .sorted(Comparator.comparing(ArcReferral::date)).toList()))
                    .toList();
        }

        /** Every pair with referrals or shared persons, in (source, target) order. */
        List<Link> links() {
            Map<Pair, List<LocalDate>> referralDates = new TreeMap<>();
            arcs.forEach((arc, referrals) -> referralDates.computeIfAbsent(Pair.of(arc.sender(), arc.receiver()),
                    k -> new ArrayList<>()).addAll(referrals.stream().map(ArcReferral::date).toList()));
            Set<Pair> pairs = new TreeSet<>(referralDates.keySet());
            pairs.addAll(shared.keySet());
            return pairs.stream().map(p -> {
                List<LocalDate> dates = referralDates.getOrDefault(p, List.of()).stream().sorted().toList();
                List<LocalDate> days = shared.getOrDefault(p, List.of()).stream().sorted().toList();
                return new Link(p.a(), p.b(), dates.size(), days.size(), dates, days);
            }).toList();
        }

        /**
         * Referrals each structure sent ({@code sent}) or received, by recorded status, every
         * status present.
         */
        Map<String, Map<String, Long>> byStatus(Set<String> ids, boolean sent) {
            Map<String, Map<String, Long>> counts = new HashMap<>();
            ids.forEach(id -> {
                Map<String, Long> zero = new LinkedHashMap<>();
                STATUSES.forEach(s -> zero.put(s, 0L));
                counts.put(id, zero);
            });
            arcs.forEach((arc, referrals) -> {
                Map<String, Long> own = counts.get(sent ? arc.sender() : arc.receiver());
                referrals.forEach(r -> own.merge(r.status(), 1L, Long::sum));
            });
            return counts;
        }
    }

    /** An arc of the referral digraph, ordered by (sender, receiver). */
    private record Arc(String sender, String receiver) implements Comparable<Arc> {
        @Override
        public int compareTo(Arc other) {
            int first = sender.compareTo(other.sender);
            return first != 0 ? first : receiver.compareTo(other.receiver);
        }
    }

    /** Two structures of an undirected link, {@code a < b}, ordered by (a, b). */
    private record Pair(String a, String b) implements Comparable<Pair> {
        static Pair of(String x, String y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }

        @Override
        public int compareTo(Pair other) {
            int first = a.compareTo(other.a);
            return first != 0 ? first : b.compareTo(other.b);
        }
    }

    private List<StructureNode> nodes(Set<String> ids, Set<String> ecology, Exchanges exchanges) {
        Map<String, Map<String, Long>> sent = exchanges.byStatus(ids, true);
        Map<String, Map<String, Long>> received = exchanges.byStatus(ids, false);
        return graph.read("network/structures.cypher", Map.of("ids", List.copyOf(ids)), r -> {
            String id = r.get("id").asString();
            NodeActivity activity = new NodeActivity(sent.get(id), received.get(id),
                    exchanges.sharedPersons.getOrDefault(id, 0));
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
