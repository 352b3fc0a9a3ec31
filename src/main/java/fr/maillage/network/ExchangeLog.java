package fr.maillage.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.maillage.api.Window;

/**
 * A structure's exchange log (journal des échanges): every referral it sent to or received from
 * another structure, and every span of days it shared a person with another structure, as the
 * contract defines senders and shared persons ({@code cypher/network/exchange-log-*.cypher}).
 * The méta-réseau of any window is read from the logs of its structures ({@link MetaNetworks})
 * instead of walking their referrals and involvements again.
 *
 * <p>Kept in the database as arrays, one node per structure ({@link ExchangeLogs}). Days are
 * epoch days; referrals are sorted by day, so a window is found by binary search.
 *
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
record ExchangeLog(String structureId, String[] peers, int[] referralPeer, boolean[] referralSent, int[] referralDay,
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

    /** The log of {@code structureId} from its referrals and shared spans, in any order. */
    static ExchangeLog of(String structureId, List<Referral> referrals, List<Share> shares) {
        Map<String, Integer> peers = new LinkedHashMap<>();
        Map<String, Integer> persons = new LinkedHashMap<>();
        List<Referral> byDay = new ArrayList<>(referrals);
        byDay.sort(ORDER);
        int n = byDay.size();
        int[] referralPeer = new int[n];
        boolean[] referralSent = new boolean[n];
        int[] referralDay = new int[n];
        String[] referralStatus = new String[n];
        int[] referralResponse = new int[n];
        for (int k = 0; k < n; k++) {
            Referral r = byDay.get(k);
            referralPeer[k] = peers.computeIfAbsent(r.peer(), p -> peers.size());
            referralSent[k] = r.sent();
            referralDay[k] = day(r.date());
            referralStatus[k] = r.status();
            referralResponse[k] = r.responseDate() == null ? NO_DAY : day(r.responseDate());
        }
        int m = shares.size();
        int[] sharePeer = new int[m];
        int[] sharePerson = new int[m];
        int[] shareSince = new int[m];
        int[] shareUntil = new int[m];
        for (int k = 0; k < m; k++) {
            Share s = shares.get(k);
            sharePeer[k] = peers.computeIfAbsent(s.peer(), p -> peers.size());
            sharePerson[k] = persons.computeIfAbsent(s.person(), p -> persons.size());
            shareSince[k] = day(s.since());
            shareUntil[k] = s.until() == null ? OPEN : day(s.until());
        }
        return new ExchangeLog(structureId, peers.keySet().toArray(String[]::new), referralPeer, referralSent,
                referralDay, referralStatus, referralResponse, persons.keySet().toArray(String[]::new), sharePeer,
                sharePerson, shareSince, shareUntil);
    }

    /** The properties of the log's node, for {@code exchange-log-write.cypher}. */
    Map<String, Object> properties(String version) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("structureId", structureId);
        properties.put("version", version);
        properties.put("peers", peers);
        properties.put("referralPeer", referralPeer);
        properties.put("referralSent", referralSent);
        properties.put("referralDay", referralDay);
        properties.put("referralStatus", referralStatus);
        properties.put("referralResponse", referralResponse);
        properties.put("persons", persons);
        properties.put("sharePeer", sharePeer);
        properties.put("sharePerson", sharePerson);
        properties.put("shareSince", shareSince);
        properties.put("shareUntil", shareUntil);
        return properties;
    }

    /** Receives the referrals of a window: the other structure, the direction and the referral. */
    @FunctionalInterface
    interface ReferralVisitor {
        void referral(String peer, boolean sent, LocalDate date, String status, LocalDate responseDate);
    }

    /** Every referral dated in {@code window}, in date order. */
    void referrals(Window window, ReferralVisitor visitor) {
        int from = day(window.from());
        int to = day(window.to());
        for (int k = firstOnOrAfter(from); k < referralDay.length && referralDay[k] <= to; k++) {
            visitor.referral(peers[referralPeer[k]], referralSent[k], LocalDate.ofEpochDay(referralDay[k]),
                    referralStatus[k], referralResponse[k] == NO_DAY ? null : LocalDate.ofEpochDay(referralResponse[k]));
        }
    }

    /** Receives the shares of a window: the other structure, the person, the first day of the span in the window. */
    @FunctionalInterface
    interface ShareVisitor {
        void share(String peer, String person, LocalDate firstDay);
    }

    /** Every span meeting {@code window}, with its first day inside it (a person may come several times). */
    void shares(Window window, ShareVisitor visitor) {
        int from = day(window.from());
        int to = day(window.to());
        for (int k = 0; k < sharePeer.length; k++) {
            int first = Math.max(shareSince[k], from);
            if (first <= Math.min(shareUntil[k], to)) {
                visitor.share(peers[sharePeer[k]], persons[sharePerson[k]], LocalDate.ofEpochDay(first));
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

    private static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }
}
