package fr.maillage.network;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import fr.maillage.api.Window;

/**
 * A structure's exchange log (journal des échanges): every referral it sent to or received from
 * another structure, and every span of days it shared a person with another structure, as the
 * contract defines senders and shared persons ({@code cypher/network/exchange-log-*.cypher}).
 * The méta-réseau of any window is read from the logs of its structures ({@link MetaNetworks})
 * instead of walking their referrals and involvements again.
 *
 * <p>Kept in the database as one array of bytes per structure ({@code data}, one node each:
 * {@link ExchangeLogs}). Days are epoch days; referrals are sorted by day, so a window is found by
 * binary search.
 *
 * @param data             the log encoded, as kept
 * @param peers            the other structures of the log, each once; the entries below point into it
 * @param referralPeer     per referral, the other structure (index into {@code peers})
 * @param referralSent     per referral, whether this structure sent it (otherwise it received it)
 * @param referralDay      per referral, its date; ascending
 * @param referralStatus   per referral, its recorded status code
 * @param referralResponse per referral, its response date, {@link #NO_DAY} when unknown
 * @param persons          the persons shared, each once
 * @param sharePeer        per span, the other structure (index into {@code peers})
 * @param sharePerson      per span, the person (index into {@code persons})
 * @param shareSince       per span, its first day
 * @param shareUntil       per span, its last day, {@link #OPEN} while both involvements go on
 */
record ExchangeLog(String structureId, byte[] data, String[] peers, int[] referralPeer, boolean[] referralSent, int[] referralDay,
                   String[] referralStatus, int[] referralResponse, String[] persons, int[] sharePeer,
                   int[] sharePerson, int[] shareSince, int[] shareUntil) {

    static final int NO_DAY = Integer.MIN_VALUE;
    static final int OPEN = Integer.MAX_VALUE;

    /** One referral of a log being built. */
    record Referral(String peer, boolean sent, LocalDate date, String status, LocalDate responseDate) {
    }

    /** One shared span of a log being built; {@code until} null while open. */
    record Share(String peer, String person, LocalDate since, LocalDate until) {
    }

    /** Referrals by date, then entirely, so that a log is the same whatever order its rows came in. */
    private static final Comparator<Referral> ORDER = Comparator.comparing(Referral::date)
            .thenComparing(Referral::peer).thenComparing(Referral::sent).thenComparing(Referral::status)
            .thenComparing(Referral::responseDate, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * The first byte of an encoded log: its format, with the high bit set because Neo4j keeps an
     * array of bytes as it is only when one of them needs all 8 bits; otherwise it packs the bits,
     * and reading them back bit by bit took 2 s for a territory's logs instead of milliseconds.
     */
    private static final byte FORMAT = (byte) 0x81;

    /**
     * The log of {@code structureId} from its referrals and shared spans, in any order: encoded
     * (what is kept in the database) and read back from its bytes.
     */
    static ExchangeLog of(String structureId, List<Referral> referrals, List<Share> shares) {
        List<Referral> byDay = new ArrayList<>(referrals);
        byDay.sort(ORDER);
        Map<String, Integer> peers = new LinkedHashMap<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Map<String, Integer> persons = new LinkedHashMap<>();
        byDay.forEach(r -> {
            peers.computeIfAbsent(r.peer(), p -> peers.size());
            statuses.computeIfAbsent(r.status(), p -> statuses.size());
        });
        shares.forEach(s -> {
            peers.computeIfAbsent(s.peer(), p -> peers.size());
            persons.computeIfAbsent(s.person(), p -> persons.size());
        });
        List<byte[]> texts = new ArrayList<>();
        for (Map<String, Integer> dictionary : List.of(peers, statuses, persons)) {
            dictionary.keySet().forEach(text -> texts.add(text.getBytes(StandardCharsets.UTF_8)));
        }
        int size = 1 + 5 * Integer.BYTES + byDay.size() * (3 * Integer.BYTES + 2) + shares.size() * 4 * Integer.BYTES
                + texts.stream().mapToInt(text -> Integer.BYTES + text.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(size).put(FORMAT);
        int t = 0;
        for (Map<String, Integer> dictionary : List.of(peers, statuses, persons)) {
            buffer.putInt(dictionary.size());
            for (int k = 0; k < dictionary.size(); k++, t++) {
                buffer.putInt(texts.get(t).length).put(texts.get(t));
            }
        }
        buffer.putInt(byDay.size());
        for (Referral r : byDay) {
            buffer.putInt(peers.get(r.peer())).put((byte) (r.sent() ? 1 : 0)).putInt(day(r.date()))
                    .put(statuses.get(r.status()).byteValue())
                    .putInt(r.responseDate() == null ? NO_DAY : day(r.responseDate()));
        }
        buffer.putInt(shares.size());
        for (Share s : shares) {
            buffer.putInt(peers.get(s.peer())).putInt(persons.get(s.person())).putInt(day(s.since()))
                    .putInt(s.until() == null ? OPEN : day(s.until()));
        }
        return decode(structureId, buffer.array());
    }

    /** The log {@link #of} encoded in {@code data}. */
    static ExchangeLog decode(String structureId, byte[] data) {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        if (buffer.get() != FORMAT) {
            throw new IllegalStateException("journal des échanges de " + structureId + " : format inconnu");
        }
        String[] peers = strings(buffer);
        String[] statuses = strings(buffer);
        String[] persons = strings(buffer);
        int n = buffer.getInt();
        int[] referralPeer = new int[n];
        boolean[] referralSent = new boolean[n];
        int[] referralDay = new int[n];
        String[] referralStatus = new String[n];
        int[] referralResponse = new int[n];
        for (int k = 0; k < n; k++) {
            referralPeer[k] = buffer.getInt();
            referralSent[k] = buffer.get() == 1;
            referralDay[k] = buffer.getInt();
            referralStatus[k] = statuses[buffer.get()];
            referralResponse[k] = buffer.getInt();
        }
        int m = buffer.getInt();
        int[] sharePeer = new int[m];
        int[] sharePerson = new int[m];
        int[] shareSince = new int[m];
        int[] shareUntil = new int[m];
        for (int k = 0; k < m; k++) {
            sharePeer[k] = buffer.getInt();
            sharePerson[k] = buffer.getInt();
            shareSince[k] = buffer.getInt();
            shareUntil[k] = buffer.getInt();
        }
        return new ExchangeLog(structureId, data, peers, referralPeer, referralSent, referralDay, referralStatus,
                referralResponse, persons, sharePeer, sharePerson, shareSince, shareUntil);
    }

    private static String[] strings(ByteBuffer buffer) {
        String[] strings = new String[buffer.getInt()];
        for (int k = 0; k < strings.length; k++) {
            int length = buffer.getInt();
            strings[k] = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + length);
        }
        return strings;
    }

    /** Receives an arc of a window: the other structure, the direction, and the arc's referrals. */
    @FunctionalInterface
    interface ArcSink {
        /**
         * @param months the distinct months of the referrals, ascending
         * @param detail each referral in date order; empty unless asked for
         */
        void arc(String peer, boolean sent, int referrals, List<YearMonth> months, List<ArcReferral> detail);
    }

    /**
     * The referrals dated in {@code window}, one call per other structure and direction that
     * {@code kept} accepts. One pass over the window's referrals, grouped by peer index: a
     * territory's méta-réseau reads a hundred thousand of them.
     */
    void arcs(Window window, BiPredicate<String, Boolean> kept, boolean detail, ArcSink sink) {
        int from = day(window.from());
        int to = day(window.to());
        int slots = 2 * peers.length;
        boolean[] keep = new boolean[slots];
        for (int slot = 0; slot < slots; slot++) {
            keep[slot] = kept.test(peers[slot / 2], slot % 2 == 1);
        }
        int[] count = new int[slots];
        int[] lastMonth = new int[slots];
        @SuppressWarnings("unchecked")
        List<YearMonth>[] months = new List[slots];
        @SuppressWarnings("unchecked")
        List<ArcReferral>[] referrals = new List[slots];
        int day = NO_DAY;
        YearMonth month = null;
        int monthCode = 0;
        for (int k = firstOnOrAfter(from); k < referralDay.length && referralDay[k] <= to; k++) {
            int slot = 2 * referralPeer[k] + (referralSent[k] ? 1 : 0);
            if (!keep[slot]) {
                continue;
            }
            if (referralDay[k] != day) {
                day = referralDay[k];
                month = YearMonth.from(LocalDate.ofEpochDay(day));
                monthCode = month.getYear() * 12 + month.getMonthValue();
            }
            if (count[slot]++ == 0) {
                months[slot] = new ArrayList<>();
                referrals[slot] = detail ? new ArrayList<>() : List.of();
            }
            if (lastMonth[slot] != monthCode) {
                lastMonth[slot] = monthCode;
                months[slot].add(month);
            }
            if (detail) {
                referrals[slot].add(new ArcReferral(LocalDate.ofEpochDay(day), referralStatus[k],
                        referralResponse[k] == NO_DAY ? null : LocalDate.ofEpochDay(referralResponse[k])));
            }
        }
        for (int slot = 0; slot < slots; slot++) {
            if (count[slot] > 0) {
                sink.arc(peers[slot / 2], slot % 2 == 1, count[slot], months[slot], referrals[slot]);
            }
        }
    }

    /** Receives the persons shared with one other structure in a window. */
    @FunctionalInterface
    interface PairSink {
        /** @param firstDays each person with the first day of the window they were shared; empty unless asked for */
        void pair(String peer, int persons, Map<String, LocalDate> firstDays);
    }

    /**
     * The distinct persons shared in {@code window} with each other structure that {@code kept}
     * accepts. The spans meeting the window are packed in longs (peer, person, first day inside
     * the window) and sorted, so each pair's persons and their first day come in one pass.
     */
    void pairs(Window window, Predicate<String> kept, boolean detail, PairSink sink) {
        int from = day(window.from());
        int to = day(window.to());
        if (peers.length >= 1 << 16 || persons.length >= 1 << 24 || to - from >= 1 << 24) {
            throw new IllegalStateException("journal des échanges de " + structureId + " trop grand pour une fenêtre");
        }
        boolean[] keep = new boolean[peers.length];
        for (int p = 0; p < peers.length; p++) {
            keep[p] = kept.test(peers[p]);
        }
        long[] spans = new long[sharePeer.length];
        int n = 0;
        for (int k = 0; k < sharePeer.length; k++) {
            int first = Math.max(shareSince[k], from);
            if (keep[sharePeer[k]] && first <= Math.min(shareUntil[k], to)) {
                spans[n++] = (long) sharePeer[k] << 48 | (long) sharePerson[k] << 24 | (first - from);
            }
        }
        Arrays.sort(spans, 0, n);
        for (int k = 0; k < n; ) {
            int peer = (int) (spans[k] >>> 48);
            int distinct = 0;
            Map<String, LocalDate> firstDays = detail ? new HashMap<>() : Map.of();
            int previous = -1;
            for (; k < n && (int) (spans[k] >>> 48) == peer; k++) {
                int person = (int) (spans[k] >>> 24) & 0xFFFFFF;
                if (person != previous) {
                    previous = person;
                    distinct++;
                    if (detail) {
                        firstDays.put(persons[person], LocalDate.ofEpochDay(from + (spans[k] & 0xFFFFFF)));
                    }
                }
            }
            sink.pair(peers[peer], distinct, firstDays);
        }
    }

    private int firstOnOrAfter(int day) {
        int k = Arrays.binarySearch(referralDay, day);
        if (k < 0) {
            return -k - 1;
        }
        while (k > 0 && referralDay[k - 1] == day) {
            k--;
        }
        return k;
    }

    private static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }
}
