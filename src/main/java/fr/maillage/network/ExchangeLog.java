package fr.maillage.network;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.maillage.api.Window;

/**
 * A territory's exchange log (journal des échanges d'un territoire): every exchange between two
 * structures about the persons who live in that territory, over all time, as the contract
 * defines them (v1.3, "Graph semantics"): each referral about one of them from its sender to its
 * receiver, and each span of days two structures both had an involvement with one of them active
 * ({@code cypher/network/exchange-log-*.cypher}).
 *
 * <p>The méta-réseau of T is made of the exchanges about the persons of T, who live in T or
 * below it: it reads the logs of T and of its descendants ({@link MetaNetworks}) and nothing
 * else. A person lives in exactly one territory, so no exchange is in two logs, and persons
 * counted in two logs are two persons.
 *
 * <p>Kept in the database as one array of bytes per territory ({@code data}, {@link ExchangeLogs}).
 * Days are epoch days. Referrals are sorted by day, so a window is found by binary search; spans
 * by pair, person and first day, so a pair's distinct persons and the first day each met the
 * window come in one pass.
 *
 * @param data             the log encoded, as kept
 * @param structures       the structures of the log, each once; the entries below point into it
 * @param referralSender   per referral, its sender (index into {@code structures})
 * @param referralReceiver per referral, its receiver
 * @param referralDay      per referral, its date; ascending
 * @param referralStatus   per referral, its recorded status code
 * @param referralResponse per referral, its response date, {@link #NO_DAY} when unknown
 * @param shareA           per span, the structure of the pair with the smaller id
 * @param shareB           per span, the other one
 * @param sharePerson      per span, the person (a number local to the log: persons' ids are not kept)
 * @param shareSince       per span, its first day
 * @param shareUntil       per span, its last day, {@link #OPEN} while both involvements go on
 */
record ExchangeLog(String territoryId, byte[] data, String[] structures, int[] referralSender,
                   int[] referralReceiver, int[] referralDay, String[] referralStatus, int[] referralResponse,
                   int[] shareA, int[] shareB, int[] sharePerson, int[] shareSince, int[] shareUntil) {

    static final int NO_DAY = Integer.MIN_VALUE;
    static final int OPEN = Integer.MAX_VALUE;

    /** One referral of a log being built. */
    record Referral(String sender, String receiver, LocalDate date, String status, LocalDate responseDate) {
    }

    /** One shared span of a log being built, {@code a < b}; {@code until} null while open. */
    record Share(String a, String b, String person, LocalDate since, LocalDate until) {
    }

    /** Referrals by date, then entirely, so that a log is the same whatever order its rows came in. */
    private static final Comparator<Referral> REFERRALS = Comparator.comparing(Referral::date)
            .thenComparing(Referral::sender).thenComparing(Referral::receiver).thenComparing(Referral::status)
            .thenComparing(Referral::responseDate, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static final Comparator<Share> SHARES = Comparator.comparing(Share::a).thenComparing(Share::b)
            .thenComparing(Share::person).thenComparing(Share::since)
            .thenComparing(Share::until, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * The first byte of an encoded log: its format, with the high bit set because Neo4j keeps an
     * array of bytes as it is only when one of them needs all 8 bits; otherwise it packs the bits,
     * and reading them back bit by bit took 2 s for a territory's logs instead of milliseconds.
     * (0x81 was the v1 log, one per structure.)
     */
    private static final byte FORMAT = (byte) 0x82;

    /**
     * The log of {@code territoryId} from its referrals and shared spans, in any order: encoded
     * (what is kept in the database) and read back from its bytes.
     */
    static ExchangeLog of(String territoryId, List<Referral> referrals, List<Share> shares) {
        List<Referral> byDay = new ArrayList<>(referrals);
        byDay.sort(REFERRALS);
        List<Share> byPair = new ArrayList<>(shares);
        byPair.sort(SHARES);
        Map<String, Integer> structures = new LinkedHashMap<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Map<String, Integer> persons = new LinkedHashMap<>();
        byDay.forEach(r -> {
            structures.computeIfAbsent(r.sender(), p -> structures.size());
            structures.computeIfAbsent(r.receiver(), p -> structures.size());
            statuses.computeIfAbsent(r.status(), p -> statuses.size());
        });
        byPair.forEach(s -> {
            structures.computeIfAbsent(s.a(), p -> structures.size());
            structures.computeIfAbsent(s.b(), p -> structures.size());
            persons.computeIfAbsent(s.person(), p -> persons.size());
        });
        List<byte[]> texts = new ArrayList<>();
        for (Map<String, Integer> dictionary : List.of(structures, statuses)) {
            dictionary.keySet().forEach(text -> texts.add(text.getBytes(StandardCharsets.UTF_8)));
        }
        int size = 1 + 4 * Integer.BYTES + byDay.size() * (4 * Integer.BYTES + 1) + byPair.size() * 5 * Integer.BYTES
                + texts.stream().mapToInt(text -> Integer.BYTES + text.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(size).put(FORMAT);
        int t = 0;
        for (Map<String, Integer> dictionary : List.of(structures, statuses)) {
            buffer.putInt(dictionary.size());
            for (int k = 0; k < dictionary.size(); k++, t++) {
                buffer.putInt(texts.get(t).length).put(texts.get(t));
            }
        }
        buffer.putInt(byDay.size());
        for (Referral r : byDay) {
            buffer.putInt(structures.get(r.sender())).putInt(structures.get(r.receiver())).putInt(day(r.date()))
                    .put(statuses.get(r.status()).byteValue())
                    .putInt(r.responseDate() == null ? NO_DAY : day(r.responseDate()));
        }
        buffer.putInt(byPair.size());
        for (Share s : byPair) {
            buffer.putInt(structures.get(s.a())).putInt(structures.get(s.b())).putInt(persons.get(s.person()))
                    .putInt(day(s.since())).putInt(s.until() == null ? OPEN : day(s.until()));
        }
        return decode(territoryId, buffer.array());
    }

    /** The log {@link #of} encoded in {@code data}. */
    static ExchangeLog decode(String territoryId, byte[] data) {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        if (buffer.get() != FORMAT) {
            throw new IllegalStateException("journal des échanges du territoire " + territoryId + " : format inconnu");
        }
        String[] structures = strings(buffer);
        String[] statuses = strings(buffer);
        int n = buffer.getInt();
        int[] sender = new int[n];
        int[] receiver = new int[n];
        int[] referralDay = new int[n];
        String[] referralStatus = new String[n];
        int[] referralResponse = new int[n];
        for (int k = 0; k < n; k++) {
            sender[k] = buffer.getInt();
            receiver[k] = buffer.getInt();
            referralDay[k] = buffer.getInt();
            referralStatus[k] = statuses[buffer.get()];
            referralResponse[k] = buffer.getInt();
        }
        int m = buffer.getInt();
        int[] shareA = new int[m];
        int[] shareB = new int[m];
        int[] sharePerson = new int[m];
        int[] shareSince = new int[m];
        int[] shareUntil = new int[m];
        for (int k = 0; k < m; k++) {
            shareA[k] = buffer.getInt();
            shareB[k] = buffer.getInt();
            sharePerson[k] = buffer.getInt();
            shareSince[k] = buffer.getInt();
            shareUntil[k] = buffer.getInt();
        }
        return new ExchangeLog(territoryId, data, structures, sender, receiver, referralDay, referralStatus,
                referralResponse, shareA, shareB, sharePerson, shareSince, shareUntil);
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

    /** Receives each referral of a window, structures as indexes into {@link #structures()}. */
    @FunctionalInterface
    interface ReferralSink {
        /** @param responseDay {@link #NO_DAY} when unknown */
        void referral(int sender, int receiver, int day, String status, int responseDay);
    }

    /** Every referral dated in {@code window}, in date order. */
    void referrals(Window window, ReferralSink sink) {
        int to = day(window.to());
        for (int k = firstOnOrAfter(day(window.from())); k < referralDay.length && referralDay[k] <= to; k++) {
            sink.referral(referralSender[k], referralReceiver[k], referralDay[k], referralStatus[k], referralResponse[k]);
        }
    }

    /** Receives each person a pair shared in a window. */
    @FunctionalInterface
    interface ShareSink {
        /**
         * @param person   local to this log: the same number is the same person within it
         * @param firstDay the first day of the window on which both involvements were active
         */
        void share(int a, int b, int person, int firstDay);
    }

    /**
     * Every person each pair of structures shared in {@code window}, once per pair and person,
     * with the first day of the window they were shared: spans come by pair, person and first
     * day, so the first span of a pair and person that meets the window gives it.
     */
    void shares(Window window, ShareSink sink) {
        int from = day(window.from());
        int to = day(window.to());
        int lastA = -1;
        int lastB = -1;
        int lastPerson = -1;
        for (int k = 0; k < shareA.length; k++) {
            int first = Math.max(shareSince[k], from);
            if (first > Math.min(shareUntil[k], to)) {
                continue;
            }
            if (shareA[k] != lastA || shareB[k] != lastB || sharePerson[k] != lastPerson) {
                lastA = shareA[k];
                lastB = shareB[k];
                lastPerson = sharePerson[k];
                sink.share(lastA, lastB, lastPerson, first);
            }
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

    /**
     * The epoch day of {@code date}; a window's bounds are checked dates (api.Window), so this never
     * overflows for them.
     */
    static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }
}
