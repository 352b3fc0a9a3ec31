package fr.maillage.network;

import fr.maillage.access.PersonCount;

import java.util.Map;

/**
 * What a structure did in the méta-réseau's window (the page's side panel).
 *
 * @param sentByStatus     referrals of the méta-réseau it sent, by status code; the status is the
 *                         one recorded in the bundle (its latest known state), not its state on the
 *                         window's last day; every status code is present, 0 when none
 * @param receivedByStatus the same for the referrals it received
 * @param sharedPersons    distinct persons it shared with at least one other node in the window
 */
public record NodeActivity(Map<String, Long> sentByStatus, Map<String, Long> receivedByStatus, @PersonCount long sharedPersons) {

    public long sent() {
        return sentByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long received() {
        return receivedByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
