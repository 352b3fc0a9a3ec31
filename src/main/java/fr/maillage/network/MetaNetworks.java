package fr.maillage.network;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import fr.maillage.api.Window;
import fr.maillage.db.AnswerCache;
import fr.maillage.db.Graph;
import fr.maillage.territory.Territories;
import fr.maillage.vocabulary.ReferralStatus;
import fr.maillage.vocabulary.Vocabulary;

/**
 * Projects the méta-réseau (meta-network) of a territory over a window, the contract's
 * definition ("Graph semantics"):
 *
 * <blockquote>Its nodes: the structures belonging to T's ecology, plus every structure that
 * exchanged with one of them in the window. Two structures exchange when a referral dated in
 * the window went from one (its sender) to the other (either direction), or when both had an
 * involvement with the same person and the two involvements were active together on at least
 * one day of the window. Its edges: every pair of its nodes that exchanged. Edge weight =
 * number of referrals between them in the window (both directions) + number of distinct
 * persons they shared in the window.</blockquote>
 *
 * <p>Two passes over the structures' exchange logs ({@link ExchangeLogs}): first the logs of the
 * ecology, which find every node; then the logs of the nodes outside the ecology, for the
 * exchanges among themselves (they are nodes too, so their pairs are edges). {@link #project}
 * keeps each referral's dates and statuses and each shared person, {@link #exchanges} only the
 * counts.
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

    /** The méta-réseau of {@code territoryId} over {@code window}, in full; 404 for an unknown territory. */
    public MetaNetwork project(String territoryId, Window window) {
        return answers.get("meta-network", List.of(territoryId, window), () -> projectNow(territoryId, window));
    }

    private MetaNetwork projectNow(String territoryId, Window window) {
        Exchanges exchanges = exchanges(territoryId, window, true);
        return new MetaNetwork(territoryId, window, nodes(exchanges), links(exchanges), arcs(exchanges.sent()),
                partnerships(exchanges.nodes(), window));
    }

    /**
     * The same méta-réseau reduced to what key partners measure, equal to
     * {@code project(territoryId, window).exchanges()} without the dates, statuses, persons and
     * structure fields.
     */
    public ExchangeGraph exchanges(String territoryId, Window window) {
        return answers.get("exchanges", List.of(territoryId, window), () -> exchangesNow(territoryId, window));
    }

    private ExchangeGraph exchangesNow(String territoryId, Window window) {
        Exchanges exchanges = exchanges(territoryId, window, false);
        List<ExchangeGraph.Node> nodes = graph.read("network/structures.cypher",
                Map.of("ids", List.copyOf(exchanges.nodes())),
                r -> new ExchangeGraph.Node(r.get("id").asString(), r.get("name").asString(null),
                        r.get("sector").asString(null)));
        Map<Pair, Long> referrals = new HashMap<>();
        exchanges.sent().forEach(s -> referrals.merge(pair(s.sender(), s.receiver()), s.referrals(), Long::sum));
        Map<Pair, Long> persons = new HashMap<>();
        exchanges.shared().forEach(s -> persons.put(pair(s.a(), s.b()), s.persons()));
        List<ExchangeGraph.Tie> ties = pairs(referrals.keySet(), persons.keySet()).stream()
                .map(p -> new ExchangeGraph.Tie(p.a(), p.b(), referrals.getOrDefault(p, 0L),
                        persons.getOrDefault(p, 0L)))
                .toList();
        List<ExchangeGraph.Arc> arcs = exchanges.sent().stream()
                .sorted(Comparator.comparing(Sent::sender).thenComparing(Sent::receiver))
                .map(s -> new ExchangeGraph.Arc(s.sender(), s.receiver(), s.referrals(), s.months()))
                .toList();
        return new ExchangeGraph(nodes.stream().sorted(Comparator.comparing(ExchangeGraph.Node::id)).toList(), ties,
                arcs);
    }

    /** The nodes (ecology first) and the exchanges between them, grouped per pair by the database. */
    private record Exchanges(Set<String> ecology, Set<String> nodes, List<Sent> sent, List<Shared> shared) {
    }

    private Exchanges exchanges(String territoryId, Window window, boolean detail) {
        Set<String> ecology = new TreeSet<>(territories.scope(territoryId).ecology());
        List<Sent> sent = new ArrayList<>();
        List<Shared> shared = new ArrayList<>();
        read(ecology, null, window, detail, sent, shared);

        Set<String> outside = new TreeSet<>();
        sent.forEach(r -> addOutside(outside, ecology, r.sender(), r.receiver()));
        shared.forEach(s -> addOutside(outside, ecology, s.a(), s.b()));
        if (outside.size() > 1) {
            read(outside, outside, window, detail, sent, shared);
        }

        Set<String> ids = new TreeSet<>(ecology);
        ids.addAll(outside);
        return new Exchanges(ecology, ids, sent, shared);
    }

    private static void addOutside(Set<String> outside, Set<String> ecology, String a, String b) {
        if (!ecology.contains(a)) {
            outside.add(a);
        }
        if (!ecology.contains(b)) {
            outside.add(b);
        }
    }

    /**
     * The referrals of one arc of the digraph: how many, their months, and, in detail, each of
     * them in date order (empty otherwise).
     */
    private record Sent(String sender, String receiver, long referrals, List<YearMonth> months,
                        List<ArcReferral> detail) {
    }

    /**
     * The persons a pair of structures shared: how many and, in detail, each person with the
     * first day of their overlap (empty otherwise).
     */
    private record Shared(String a, String b, long persons, Map<String, LocalDate> detail) {
    }

    /**
     * The exchanges in {@code window} of the structures {@code starts}, read from their logs:
     * with every other structure, or when {@code within} is given only with those (the second
     * pass, between the nodes outside the ecology). A referral between two start structures is
     * read from its receiver's log, a pair of them from the smaller id's, so each counts once.
     */
    private void read(Set<String> starts, Set<String> within, Window window, boolean detail, List<Sent> sent,
                      List<Shared> shared) {
        Map<String, ExchangeLog> logs = exchangeLogs.of(starts);
        for (String start : starts) {
            ExchangeLog log = logs.get(start);
            log.arcs(window, (peer, isSender) -> (within == null || within.contains(peer))
                            && !(isSender && starts.contains(peer)), detail,
                    (peer, isSender, referrals, months, arcReferrals) -> sent.add(isSender
                            ? new Sent(start, peer, referrals, months, arcReferrals)
                            : new Sent(peer, start, referrals, months, arcReferrals)));
            log.pairs(window, peer -> (within == null || within.contains(peer))
                            && (start.compareTo(peer) < 0 || !starts.contains(peer)), detail,
                    (peer, persons, firstDays) -> shared.add(start.compareTo(peer) < 0
                            ? new Shared(start, peer, persons, firstDays)
                            : new Shared(peer, start, persons, firstDays)));
        }
    }

    private List<StructureNode> nodes(Exchanges exchanges) {
        Map<String, Map<String, Long>> sent = new HashMap<>();
        Map<String, Map<String, Long>> received = new HashMap<>();
        for (Sent arc : exchanges.sent()) {
            for (ArcReferral r : arc.detail()) {
                sent.computeIfAbsent(arc.sender(), k -> zeroPerStatus()).merge(r.status(), 1L, Long::sum);
                received.computeIfAbsent(arc.receiver(), k -> zeroPerStatus()).merge(r.status(), 1L, Long::sum);
            }
        }
        Map<String, Set<String>> persons = new HashMap<>();
        for (Shared s : exchanges.shared()) {
            persons.computeIfAbsent(s.a(), k -> new HashSet<>()).addAll(s.detail().keySet());
            persons.computeIfAbsent(s.b(), k -> new HashSet<>()).addAll(s.detail().keySet());
        }
        return graph.read("network/structures.cypher", Map.of("ids", List.copyOf(exchanges.nodes())), r -> {
            String id = r.get("id").asString();
            NodeActivity activity = new NodeActivity(sent.getOrDefault(id, zeroPerStatus()),
                    received.getOrDefault(id, zeroPerStatus()), persons.getOrDefault(id, Set.of()).size());
            return new StructureNode(id, r.get("name").asString(null), r.get("type").asString(null),
                    r.get("sector").asString(null), strings(r.get("domains")), strings(r.get("complexity")),
                    strings(r.get("stages")), r.get("approach").asString(null), r.get("coordination").asString(null),
                    longOrNull(r.get("minAge")), r.get("requiresApa").isNull() ? null : r.get("requiresApa").asBoolean(),
                    longOrNull(r.get("capacity")), date(r.get("opened")), date(r.get("closed")),
                    strings(r.get("territoryIds")), r.get("porteurId").asString(null),
                    exchanges.ecology().contains(id), activity);
        }).stream().sorted(Comparator.comparing(StructureNode::id)).toList();
    }

    /** Every status code of the contract with 0, so the side panel always shows all five. */
    private static Map<String, Long> zeroPerStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(s -> counts.put(s, 0L));
        return counts;
    }

    private static List<Link> links(Exchanges exchanges) {
        Map<Pair, List<LocalDate>> referralDates = new HashMap<>();
        for (Sent arc : exchanges.sent()) {
            List<LocalDate> dates = referralDates.computeIfAbsent(pair(arc.sender(), arc.receiver()),
                    k -> new ArrayList<>());
            arc.detail().forEach(r -> dates.add(r.date()));
        }
        Map<Pair, Collection<LocalDate>> personDays = new HashMap<>();
        exchanges.shared().forEach(s -> personDays.put(pair(s.a(), s.b()), s.detail().values()));
        return pairs(referralDates.keySet(), personDays.keySet()).stream().map(p -> {
            List<LocalDate> dates = referralDates.getOrDefault(p, List.of()).stream().sorted().toList();
            List<LocalDate> days = personDays.getOrDefault(p, List.of()).stream().sorted().toList();
            return new Link(p.a(), p.b(), dates.size(), days.size(), dates, days);
        }).toList();
    }

    private static List<ReferralArc> arcs(List<Sent> sent) {
        return sent.stream().sorted(Comparator.comparing(Sent::sender).thenComparing(Sent::receiver))
                .map(s -> new ReferralArc(s.sender(), s.receiver(), s.detail())).toList();
    }

    private List<DeclaredPartnership> partnerships(Set<String> ids, Window window) {
        return graph.read("network/partnerships.cypher",
                Map.of("ids", List.copyOf(ids), "from", window.from(), "to", window.to()),
                r -> new DeclaredPartnership(r.get("source").asString(), r.get("target").asString(),
                        r.get("kind").asString(null), date(r.get("since")), date(r.get("until")),
                        longOrNull(r.get("strength"))));
    }

    /** Two structures of an undirected link, {@code a < b}, ordered by (a, b). */
    private record Pair(String a, String b) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair other) {
            int first = a.compareTo(other.a);
            return first != 0 ? first : b.compareTo(other.b);
        }
    }

    /** Every pair with referrals or shared persons, in (source, target) order. */
    private static List<Pair> pairs(Set<Pair> referred, Set<Pair> shared) {
        Set<Pair> pairs = new HashSet<>(referred);
        pairs.addAll(shared);
        return pairs.stream().sorted().toList();
    }

    private static Pair pair(String a, String b) {
        return a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
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
