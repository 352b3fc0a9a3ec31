package fr.maillage.network;

import java.util.List;

/**
 * An arc of the referral digraph (graphe orienté des orientations): at least one referral dated
 * in the window went from {@code source} (its sender) to {@code target}.
 *
 * @param referrals every such referral, in date order
 */
public record ReferralArc(String source, String target, List<ArcReferral> referrals) {

    public int count() {
        return referrals.size();
    }
}
