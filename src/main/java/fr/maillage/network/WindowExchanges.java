package fr.maillage.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.maillage.api.Window;
import fr.maillage.vocabulary.ReferralStatus;
import fr.maillage.vocabulary.Vocabulary;

/**
 * The exchanges of one window (échanges de la période) gathered from the exchange logs of a
 * territory and of those below it: each arc's referrals, each pair's first days of shared
 * persons, each structure's distinct shared persons. Persons are numbers local to their log; a
 * person lives in one territory, so those of two logs are two persons.
 *
 * <p>Kept in int arrays while the logs are read, and turned into the méta-réseau's records once:
 * a territory's window holds about a hundred thousand referrals and fifty thousand shares, and
 * boxing each of them into maps cost three times the rest of the projection (measured with JFR on
 * the benchmark territory, docs/benchmarks.md).
 */
final class WindowExchanges {

    private static final List<String> STATUSES = Vocabulary.codes(ReferralStatus.class);

    /** Windows up to this many days keep one LocalDate per day instead of making one per exchange. */
    private static final int CACHED_DAYS = 4_000;

    private final Window window;
    private final int from;
    private final LocalDate[] days;
    private final Map<Arc, ArcReferrals> arcs = new HashMap<>();
    private final Map<Pair, Days> shared = new HashMap<>();
    private final Map<String, Integer> sharedPersons = new HashMap<>();

    WindowExchanges(Window window) {
        this.window = window;
        this.from = ExchangeLog.day(window.from());
        int length = ExchangeLog.day(window.to()) - from + 1;
        this.days = new LocalDate[length <= CACHED_DAYS ? length : 0];
    }

    /** Adds the exchanges of {@code log} dated in the window. */
    void read(ExchangeLog log) {
        String[] structures = log.structures();
        // Keys a * n + b: Long's hash folds its halves together, so (a << 32 | b) collided for
        // every pair with the same a ^ b and the maps fell back to trees.
        long n = structures.length;
        Map<Long, ArcReferrals> localArcs = new HashMap<>();
        log.referrals(window, (sender, receiver, day, status, responseDay) -> localArcs
                .computeIfAbsent(sender * n + receiver, k -> arcs.computeIfAbsent(
                        new Arc(structures[sender], structures[receiver]), a -> new ArcReferrals()))
                .add(day, status, responseDay));
        Map<Long, Days> localPairs = new HashMap<>();
        long[][] followed = {new long[1024]};
        int[] count = {0};
        log.shares(window, (a, b, person, firstDay) -> {
            localPairs.computeIfAbsent(a * n + b,
                    k -> shared.computeIfAbsent(new Pair(structures[a], structures[b]), p -> new Days())).add(firstDay);
            if (count[0] + 2 > followed[0].length) {
                followed[0] = Arrays.copyOf(followed[0], 2 * followed[0].length);
            }
            followed[0][count[0]++] = (long) a << 32 | person;
            followed[0][count[0]++] = (long) b << 32 | person;
        });
        long[] pairs = followed[0];
        Arrays.sort(pairs, 0, count[0]);
        for (int k = 0; k < count[0]; k++) {
            if (k == 0 || pairs[k] != pairs[k - 1]) {
                sharedPersons.merge(structures[(int) (pairs[k] >>> 32)], 1, Integer::sum);
            }
        }
    }

    /** Every structure with an exchange in the window. */
    Set<String> structures() {
        Set<String> ids = new HashSet<>(sharedPersons.keySet());
        arcs.keySet().forEach(arc -> {
            ids.add(arc.sender());
            ids.add(arc.receiver());
        });
        return ids;
    }

    int sharedPersons(String structureId) {
        return sharedPersons.getOrDefault(structureId, 0);
    }

    /** The referral digraph's arcs in (source, target) order, each arc's referrals in date order. */
    List<ReferralArc> arcs() {
        List<Map.Entry<Arc, ArcReferrals>> sorted = new ArrayList<>(arcs.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        List<ReferralArc> result = new ArrayList<>(sorted.size());
        for (Map.Entry<Arc, ArcReferrals> e : sorted) {
            result.add(new ReferralArc(e.getKey().sender(), e.getKey().receiver(), e.getValue().referrals(this)));
        }
        return result;
    }

    /** Every pair with referrals or shared persons, in (source, target) order. */
    List<Link> links() {
        Map<Pair, Days> referralDays = new HashMap<>();
        arcs.forEach((arc, referrals) -> referralDays.computeIfAbsent(Pair.of(arc.sender(), arc.receiver()),
                k -> new Days()).addAll(referrals.days, referrals.size));
        Set<Pair> union = new HashSet<>(referralDays.keySet());
        union.addAll(shared.keySet());
        List<Pair> pairs = new ArrayList<>(union);
        pairs.sort(null);
        List<Link> links = new ArrayList<>(pairs.size());
        Days none = new Days();
        for (Pair p : pairs) {
            List<LocalDate> dates = referralDays.getOrDefault(p, none).sortedDates(this);
            List<LocalDate> firstDays = shared.getOrDefault(p, none).sortedDates(this);
            links.add(new Link(p.a(), p.b(), dates.size(), firstDays.size(), dates, firstDays));
        }
        return links;
    }

    /**
     * Referrals each structure of {@code ids} sent ({@code sent}) or received, by recorded status,
     * every status present.
     */
    Map<String, Map<String, Long>> byStatus(Set<String> ids, boolean sent) {
        Map<String, long[]> counts = new HashMap<>();
        ids.forEach(id -> counts.put(id, new long[STATUSES.size()]));
        arcs.forEach((arc, referrals) -> {
            long[] own = counts.get(sent ? arc.sender() : arc.receiver());
            for (int k = 0; k < referrals.size; k++) {
                own[STATUSES.indexOf(referrals.statuses[k])]++;
            }
        });
        Map<String, Map<String, Long>> result = new HashMap<>();
        counts.forEach((id, perStatus) -> {
            Map<String, Long> named = new LinkedHashMap<>();
            for (int s = 0; s < perStatus.length; s++) {
                named.put(STATUSES.get(s), perStatus[s]);
            }
            result.put(id, named);
        });
        return result;
    }

    private LocalDate date(int day) {
        int offset = day - from;
        if (offset < 0 || offset >= days.length) {
            return LocalDate.ofEpochDay(day);
        }
        LocalDate date = days[offset];
        if (date == null) {
            date = LocalDate.ofEpochDay(day);
            days[offset] = date;
        }
        return date;
    }

    /** Epoch days, in the order they came. */
    private static class Days {
        int[] days = new int[4];
        int size;

        void add(int day) {
            if (size == days.length) {
                days = Arrays.copyOf(days, 2 * size);
            }
            days[size++] = day;
        }

        void addAll(int[] more, int count) {
            if (size + count > days.length) {
                days = Arrays.copyOf(days, Math.max(2 * days.length, size + count));
            }
            System.arraycopy(more, 0, days, size, count);
            size += count;
        }

        List<LocalDate> sortedDates(WindowExchanges window) {
            int[] sorted = Arrays.copyOf(days, size);
            Arrays.sort(sorted);
            List<LocalDate> dates = new ArrayList<>(size);
            for (int day : sorted) {
                dates.add(window.date(day));
            }
            return dates;
        }
    }

    /** The referrals of one arc: days, recorded statuses and response days, in the order they came. */
    private static final class ArcReferrals extends Days {
        String[] statuses = new String[4];
        int[] responses = new int[4];

        void add(int day, String status, int responseDay) {
            if (size == statuses.length) {
                statuses = Arrays.copyOf(statuses, 2 * size);
                responses = Arrays.copyOf(responses, 2 * size);
            }
            statuses[size] = status;
            responses[size] = responseDay;
            add(day);
        }

        /** In date order: one log's come in date order, several logs' are merged by a stable sort. */
        List<ArcReferral> referrals(WindowExchanges window) {
            Integer[] order = null;
            for (int k = 1; k < size && order == null; k++) {
                if (days[k] < days[k - 1]) {
                    order = new Integer[size];
                    for (int i = 0; i < size; i++) {
                        order[i] = i;
                    }
                    Arrays.sort(order, (x, y) -> Integer.compare(days[x], days[y]));
                }
            }
            List<ArcReferral> referrals = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int k = order == null ? i : order[i];
                referrals.add(new ArcReferral(window.date(days[k]), statuses[k],
                        responses[k] == ExchangeLog.NO_DAY ? null : window.date(responses[k])));
            }
            return referrals;
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
}
