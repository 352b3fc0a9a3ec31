package fr.maillage.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.maillage.api.Window;
import fr.maillage.network.Link;
import fr.maillage.network.MetaNetwork;
import fr.maillage.network.StructureNode;

/**
 * What became of an absorbed structure's partners' exchanges (la fusion): the structures that
 * exchanged with it in the 12 months ending on its closing day ({@code before}), the absorbing
 * one and those closed by its closing day aside (a structure absorbed with it), and for each how
 * its exchanges of the 12 months after ({@code after}) compare.
 *
 * <p>The exchanges {@code L} a partner had with the absorbed structure are split in three parts
 * that sum to {@code L}, the absorbing structure served first, since the question is whether it
 * took the flows over: {@code toAbsorber = min(L, max(0, absorberAfter - absorberBefore))}, what
 * its exchanges with the absorbing structure grew by; {@code elsewhere = min(L - toAbsorber,
 * max(0, elsewhereAfter - elsewhereBefore))}, what its exchanges with every other structure grew
 * by; {@code nowhere}, the rest. Exchanges are link weights of the two windows' méta-réseaux
 * (referrals plus shared persons); those still recorded with the absorbed structure after it
 * closed are counted in neither. The partner's outcome is its largest part, ties going to the
 * absorbing structure, then elsewhere. The same split over the links' referrals alone
 * ({@code referralParts}) is what a planner can read when shared persons are too few to show.
 */
final class Mergers {

    private Mergers() {
    }

    /** The 12 months ending on {@code closed}, the day the absorbed structure was open for the last time. */
    static Window before(LocalDate closed) {
        return new Window(closed.minusMonths(12).plusDays(1), closed);
    }

    /** The 12 months after {@code closed}. */
    static Window after(LocalDate closed) {
        return new Window(closed.plusDays(1), closed.plusMonths(12));
    }

    static HistoryAnswer.Merger of(String absorbed, String into, LocalDate closed, MetaNetwork before,
                                   MetaNetwork after) {
        Map<String, List<Link>> linksBefore = byStructure(before.links());
        Map<String, List<Link>> linksAfter = byStructure(after.links());
        Map<String, StructureNode> nodes = before.nodesById();
        Set<String> partnerIds = new TreeSet<>();
        linksBefore.getOrDefault(absorbed, List.of()).forEach(link -> partnerIds.add(link.opposite(absorbed)));
        partnerIds.remove(into);
        // A partner closed by then, the other structures absorbed with it first, has no exchange after to look at.
        partnerIds.removeIf(id -> nodes.get(id).closed() != null && !nodes.get(id).closed().isAfter(closed));
        List<HistoryAnswer.Partner> partners = new ArrayList<>();
        HistoryAnswer.Parts total = HistoryAnswer.Parts.NONE;
        HistoryAnswer.Parts referralTotal = HistoryAnswer.Parts.NONE;
        for (String partner : partnerIds) {
            List<Link> was = linksBefore.getOrDefault(partner, List.of());
            List<Link> is = linksAfter.getOrDefault(partner, List.of());
            HistoryAnswer.Partner row = partner(partner, nodes.get(partner).name(), with(was, partner, absorbed), with(was, partner, into),
                    with(is, partner, into), without(was, partner, absorbed, into), without(is, partner, absorbed, into));
            partners.add(row);
            total = total.plus(row.parts());
            referralTotal = referralTotal.plus(row.referralParts());
        }
        return new HistoryAnswer.Merger(absorbed, into, closed, before.window(), after.window(),
                linksBefore.getOrDefault(into, List.of()).size(), linksAfter.getOrDefault(into, List.of()).size(),
                List.copyOf(partners), total, referralTotal);
    }

    private static HistoryAnswer.Partner partner(String id, String name, Volume withAbsorbed, Volume absorberBefore,
                                                 Volume absorberAfter, Volume elsewhereBefore, Volume elsewhereAfter) {
        long smallLinks = (long) withAbsorbed.smallLinks() + absorberBefore.smallLinks() + absorberAfter.smallLinks()
                + elsewhereBefore.smallLinks() + elsewhereAfter.smallLinks();
        HistoryAnswer.Parts parts = split(withAbsorbed.exchanges(), absorberBefore.exchanges(), absorberAfter.exchanges(),
                elsewhereBefore.exchanges(), elsewhereAfter.exchanges(), smallLinks);
        // The links' referrals are on the méta-réseau for every role: their split hides nothing.
        HistoryAnswer.Parts referralParts = split(withAbsorbed.referrals(), absorberBefore.referrals(),
                absorberAfter.referrals(), elsewhereBefore.referrals(), elsewhereAfter.referrals(), 0);
        MergerOutcome outcome = parts.toAbsorber() >= parts.elsewhere() && parts.toAbsorber() >= parts.nowhere()
                ? MergerOutcome.ABSORBANT : parts.elsewhere() >= parts.nowhere() ? MergerOutcome.AILLEURS
                : MergerOutcome.NULLE_PART;
        return new HistoryAnswer.Partner(id, name, withAbsorbed, absorberBefore, absorberAfter, elsewhereBefore,
                elsewhereAfter, parts, referralParts, outcome.code());
    }

    /** {@code lost} split into what the exchanges with the absorbing structure, then with the others, grew by, and the rest. */
    private static HistoryAnswer.Parts split(long lost, long absorberBefore, long absorberAfter, long elsewhereBefore,
                                             long elsewhereAfter, long smallLinks) {
        long toAbsorber = Math.min(lost, Math.max(0, absorberAfter - absorberBefore));
        long elsewhere = Math.min(lost - toAbsorber, Math.max(0, elsewhereAfter - elsewhereBefore));
        return new HistoryAnswer.Parts(toAbsorber, elsewhere, lost - toAbsorber - elsewhere, smallLinks);
    }

    private static Volume with(List<Link> links, String from, String other) {
        return Volume.of(links.stream().filter(l -> l.opposite(from).equals(other)).toList());
    }

    private static Volume without(List<Link> links, String from, String absorbed, String into) {
        return Volume.of(links.stream().filter(l -> !l.opposite(from).equals(absorbed) && !l.opposite(from).equals(into))
                .toList());
    }

    /** Each structure's links. */
    static Map<String, List<Link>> byStructure(List<Link> links) {
        Map<String, List<Link>> by = new HashMap<>();
        for (Link link : links) {
            by.computeIfAbsent(link.source(), k -> new ArrayList<>()).add(link);
            by.computeIfAbsent(link.target(), k -> new ArrayList<>()).add(link);
        }
        return by;
    }
}
