package fr.maillage.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
 * <p>Two passes, each starting from structures and walking to their own referrals and
 * involvements: first from the ecology, which finds every node; then from the nodes outside
 * the ecology, for the exchanges among themselves (they are nodes too, so their pairs are
 * edges).
 */
@Service
public class MetaNetworks {

    private static final List<String> STATUSES = Vocabulary.codes(ReferralStatus.class);

    private final Graph graph;
    private final Territories territories;

    public MetaNetworks(Graph graph, Territories territories) {
        this.graph = graph;
        this.territories = territories;
    }

    /** The méta-réseau of {@code territoryId} over {@code window}; 404 for an unknown territory. */
    public MetaNetwork project(String territoryId, Window window) {
        Set<String> ecology = new TreeSet<>(territories.scope(territoryId).ecology());
        List<Sent> referrals = new ArrayList<>(referrals(ecology, null, window));
        List<Shared> shared = new ArrayList<>(sharedPersons(ecology, null, window));

        Set<String> outside = new TreeSet<>();
        referrals.forEach(r -> addOutside(outside, ecology, r.sender(), r.receiver()));
        shared.forEach(s -> addOutside(outside, ecology, s.a(), s.b()));
        if (outside.size() > 1) {
            referrals.addAll(referrals(outside, outside, window));
            shared.addAll(sharedPersons(outside, outside, window));
        }

        Set<String> ids = new TreeSet<>(ecology);
        ids.addAll(outside);
        return new MetaNetwork(territoryId, window, nodes(ids, ecology, referrals, shared), links(referrals, shared),
                arcs(referrals), partnerships(ids, window));
    }

    private static void addOutside(Set<String> outside, Set<String> ecology, String a, String b) {
        if (!ecology.contains(a)) {
            outside.add(a);
        }
        if (!ecology.contains(b)) {
            outside.add(b);
        }
    }

    /** One referral that is an exchange: sender and receiver known and different. */
    private record Sent(String sender, String receiver, LocalDate date, String status, LocalDate responseDate) {
    }

    /** One person shared by a pair of structures, with the first day of their overlap. */
    private record Shared(String a, String b, String person, LocalDate firstDay) {
    }

    private List<Sent> referrals(Collection<String> starts, Collection<String> within, Window window) {
        return graph.read("network/referrals.cypher", parameters(starts, within, window),
                r -> new Sent(r.get("sender").asString(), r.get("receiver").asString(), r.get("date").asLocalDate(),
                        r.get("status").asString(null), date(r.get("responseDate"))));
    }

    private List<Shared> sharedPersons(Collection<String> starts, Collection<String> within, Window window) {
        return graph.read("network/shared-persons.cypher", parameters(starts, within, window),
                r -> new Shared(r.get("a").asString(), r.get("b").asString(), r.get("person").asString(),
                        r.get("firstDay").asLocalDate()));
    }

    private static Map<String, Object> parameters(Collection<String> starts, Collection<String> within, Window window) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("starts", List.copyOf(starts));
        parameters.put("within", within == null ? null : List.copyOf(within));
        parameters.put("from", window.from());
        parameters.put("to", window.to());
        return parameters;
    }

    private List<StructureNode> nodes(Set<String> ids, Set<String> ecology, List<Sent> referrals, List<Shared> shared) {
        Map<String, Map<String, Long>> sent = new HashMap<>();
        Map<String, Map<String, Long>> received = new HashMap<>();
        for (Sent r : referrals) {
            sent.computeIfAbsent(r.sender(), k -> zeroPerStatus()).merge(r.status(), 1L, Long::sum);
            received.computeIfAbsent(r.receiver(), k -> zeroPerStatus()).merge(r.status(), 1L, Long::sum);
        }
        Map<String, Set<String>> persons = new HashMap<>();
        for (Shared s : shared) {
            persons.computeIfAbsent(s.a(), k -> new HashSet<>()).add(s.person());
            persons.computeIfAbsent(s.b(), k -> new HashSet<>()).add(s.person());
        }
        return graph.read("network/structures.cypher", Map.of("ids", List.copyOf(ids)), r -> {
            String id = r.get("id").asString();
            NodeActivity activity = new NodeActivity(sent.getOrDefault(id, zeroPerStatus()),
                    received.getOrDefault(id, zeroPerStatus()), persons.getOrDefault(id, Set.of()).size());
            return new StructureNode(id, r.get("name").asString(null), r.get("type").asString(null),
                    r.get("sector").asString(null), strings(r.get("domains")), strings(r.get("complexity")),
                    strings(r.get("stages")), r.get("approach").asString(null), r.get("coordination").asString(null),
                    longOrNull(r.get("minAge")), r.get("requiresApa").isNull() ? null : r.get("requiresApa").asBoolean(),
                    longOrNull(r.get("capacity")), date(r.get("opened")), date(r.get("closed")),
                    strings(r.get("territoryIds")), r.get("porteurId").asString(null), ecology.contains(id), activity);
        }).stream().sorted(Comparator.comparing(StructureNode::id)).toList();
    }

    /** Every status code of the contract with 0, so the side panel always shows all five. */
    private static Map<String, Long> zeroPerStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(s -> counts.put(s, 0L));
        return counts;
    }

    private static List<Link> links(List<Sent> referrals, List<Shared> shared) {
        Map<List<String>, List<LocalDate>> referralDates = new TreeMap<>(PAIR_ORDER);
        for (Sent r : referrals) {
            referralDates.computeIfAbsent(pair(r.sender(), r.receiver()), k -> new ArrayList<>()).add(r.date());
        }
        // A pair and a person may come back more than once (several involvements): keep the earliest day.
        Map<List<String>, Map<String, LocalDate>> personDays = new TreeMap<>(PAIR_ORDER);
        for (Shared s : shared) {
            personDays.computeIfAbsent(pair(s.a(), s.b()), k -> new HashMap<>())
                    .merge(s.person(), s.firstDay(), (x, y) -> x.isBefore(y) ? x : y);
        }
        Set<List<String>> pairs = new TreeSet<>(PAIR_ORDER);
        pairs.addAll(referralDates.keySet());
        pairs.addAll(personDays.keySet());
        return pairs.stream().map(p -> {
            List<LocalDate> dates = referralDates.getOrDefault(p, List.of()).stream().sorted().toList();
            List<LocalDate> days = personDays.getOrDefault(p, Map.of()).values().stream().sorted().toList();
            return new Link(p.get(0), p.get(1), dates.size(), days.size(), dates, days);
        }).toList();
    }

    private static List<ReferralArc> arcs(List<Sent> referrals) {
        Map<List<String>, List<ArcReferral>> arcs = new TreeMap<>(PAIR_ORDER);
        for (Sent r : referrals) {
            arcs.computeIfAbsent(List.of(r.sender(), r.receiver()), k -> new ArrayList<>())
                    .add(new ArcReferral(r.date(), r.status(), r.responseDate()));
        }
        return arcs.entrySet().stream().map(e -> new ReferralArc(e.getKey().get(0), e.getKey().get(1),
                e.getValue().stream().sorted(Comparator.comparing(ArcReferral::date)).toList())).toList();
    }

    private List<DeclaredPartnership> partnerships(Set<String> ids, Window window) {
        return graph.read("network/partnerships.cypher",
                Map.of("ids", List.copyOf(ids), "from", window.from(), "to", window.to()),
                r -> new DeclaredPartnership(r.get("source").asString(), r.get("target").asString(),
                        r.get("kind").asString(null), date(r.get("since")), date(r.get("until")),
                        longOrNull(r.get("strength"))));
    }

    private static final Comparator<List<String>> PAIR_ORDER =
            Comparator.<List<String>, String>comparing(p -> p.get(0)).thenComparing(p -> p.get(1));

    private static List<String> pair(String a, String b) {
        return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
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
