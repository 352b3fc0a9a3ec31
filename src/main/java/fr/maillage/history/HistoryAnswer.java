package fr.maillage.history;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import fr.maillage.access.MaskedWithSmallCounts;
import fr.maillage.api.Window;

/**
 * The history of a territory over calendar years (histoire du territoire): per year the
 * structures of its ecology open, opened, closed and absorbed, and the size of the year's
 * méta-réseau; each structure's phase per year ({@link LifeCycle}); and, for each structure
 * absorbed in those years, what became of its partners' exchanges ({@link Mergers}). No person
 * id; exchanges are {@link Volume}s, read by planners under the weighted degree's rule.
 *
 * @param structures the structures of the ecology that have a phase in one of the years, by id
 * @param mergers    the absorptions of those years, by date then structure
 */
public record HistoryAnswer(String territoryId, int from, int to, List<Year> years, List<Structure> structures,
                            List<Merger> mergers) {

    /**
     * One calendar year.
     *
     * @param open     the structures of the ecology open on at least one day of the year
     * @param opened   those whose {@code opened} falls in it
     * @param closed   those whose {@code closed} falls in it, not absorbed (fin)
     * @param absorbed those whose {@code closed} falls in it, absorbed into another
     */
    public record Year(int year, List<String> open, List<String> opened, List<String> closed, List<Absorbed> absorbed,
                       Size network) {
    }

    /** A structure absorbed on {@code date} (its closing date) into {@code into}. */
    public record Absorbed(String structureId, String into, LocalDate date) {
    }

    /**
     * The size of the méta-réseau of a calendar year (v1.3, the window 1 January to 31 December).
     *
     * @param nodes      its nodes: the ecology and every structure that exchanged about the territory's persons
     * @param exchanging the nodes with at least one link
     * @param referrals  the referrals of its links
     */
    public record Size(int nodes, int exchanging, int links, long referrals) {
    }

    /** A structure of the ecology with its life-cycle fields and its phase in each year it has one. */
    public record Structure(String id, String name, String type, String sector, String coordination,
                            LocalDate opened, LocalDate closed, String absorbedInto, List<YearPhase> phases) {
    }

    /** A structure's phase ({@link LifePhase} code) in a year, and its exchanges that year. */
    public record YearPhase(int year, String phase, Volume exchanges) {
    }

    /**
     * An absorption (fusion): {@code structureId} closed on {@code date}, absorbed into {@code into}.
     *
     * @param before               the 12 months ending on its closing day
     * @param after                the 12 months that follow
     * @param absorberPartnersBefore the absorbing structure's partners (neighbours) before
     * @param absorberPartnersAfter  and after
     * @param partners             the structures that exchanged with it before, the absorbing one aside, by id
     * @param total                their parts summed
     * @param referralTotal        their referral parts summed
     */
    public record Merger(String structureId, String into, LocalDate date, Window before, Window after,
                         int absorberPartnersBefore, int absorberPartnersAfter, List<Partner> partners, Parts total,
                         Parts referralTotal) {
    }

    /**
     * A partner of an absorbed structure: its exchanges before and after, and what became of those
     * it had with the absorbed structure, split in three parts that sum to them.
     *
     * @param name              its name (a partner may lie outside the ecology)
     * @param withAbsorbed      with the absorbed structure, before
     * @param withAbsorberBefore with the absorbing one, before
     * @param withAbsorberAfter  with the absorbing one, after
     * @param elsewhereBefore    with every other structure, before
     * @param elsewhereAfter     with every other structure, after
     * @param referralParts      the same split over the referrals alone, never masked
     * @param outcome            the largest part, a {@link MergerOutcome} code
     */
    public record Partner(String structureId, String name, Volume withAbsorbed, Volume withAbsorberBefore, Volume withAbsorberAfter,
                          Volume elsewhereBefore, Volume elsewhereAfter, Parts parts, Parts referralParts,
                          String outcome) {
    }

    /**
     * The exchanges with an absorbed structure split by what became of them: found again in more
     * exchanges with the absorbing structure, with others, or nowhere. Derived from sums that may
     * hold small counts of shared persons: a planner reads "masqué" as soon as one does.
     *
     * @param smallLinks the links with a small count of shared persons these parts are computed from; never in an answer
     */
    public record Parts(@MaskedWithSmallCounts(parts = "smallLinks") long toAbsorber,
                        @MaskedWithSmallCounts(parts = "smallLinks") long elsewhere,
                        @MaskedWithSmallCounts(parts = "smallLinks") long nowhere,
                        @JsonIgnore long smallLinks) {

        static final Parts NONE = new Parts(0, 0, 0, 0);

        Parts plus(Parts other) {
            return new Parts(toAbsorber + other.toAbsorber, elsewhere + other.elsewhere, nowhere + other.nowhere,
                    smallLinks + other.smallLinks);
        }
    }
}
