package fr.maillage.report;

import java.util.List;

/**
 * The strategic-table report (rapport pour la table stratégique) of one territory and window,
 * every figure already published (small-cell rule applied) and formatted in French.
 * Aggregates only: it holds no person id.
 */
public record StrategicReport(String territoryId, String territoryName, String period, String previousPeriod,
                              String asOf, String generatedOn, String ratesNote,
                              String networkSvg, String networkCaption, List<String> numberedStructures,
                              List<KeyFigure> keyFigures,
                              String orphansTotal, List<Line> orphansByReason,
                              List<UncoveredNeed> uncoveredNeeds,
                              List<Line> personOverlaps, List<StructurePair> structurePairs,
                              Capacity capacity,
                              List<Partner> partners,
                              List<Line> guichet, int caseloadReference, List<Line> caseManagement,
                              List<OriginLoad> caseloadsByOrigin,
                              Account account, List<Quadrant> identities, List<Fusion> fusions,
                              Concertation tables, List<MethodNote> method) {

    /**
     * Who sat at the tables of concertation over the window (v1.2): meetings held per table, the
     * structures that attended the stratégique or tactique table (most present first), and the
     * key partners of the window that attended neither. Counts of meetings, never of persons.
     */
    public record Concertation(long strategique, long tactique, long concertationClinique, List<Seat> seats,
                               List<String> absentKeyPartners) {
    }

    public record Seat(String structure, long strategique, long tactique) {
    }

    /**
     * An absorption (fusion) of the last six years and what became of the referrals its partners
     * exchanged with the absorbed structure in the 12 months before: found again with the absorbing
     * structure, with others, or nowhere in the 12 months after (referrals only: their counts are
     * exact for every role, where shared persons may be small cells).
     */
    public record Fusion(String absorbed, String absorber, String date, int partners, long referrals,
                         long toAbsorber, long elsewhere, long nowhere) {
    }

    /**
     * The consolidated account of coordination (v1.2) over the window's calendar years, one
     * column per year (a window holds few, funders may be eight): the total, its rate per 1,000
     * aged 75+ and the funders in {@code byFunder}, the purposes in {@code byPurpose}, each row
     * one that funds something in one of the years.
     *
     * @param structures how many structures of the ecology the fundings go to
     */
    public record Account(List<Integer> years, List<AccountRow> byFunder, List<AccountRow> byPurpose, int structures) {
    }

    /** A line of the account: its label and its amount in each year. */
    public record AccountRow(String label, List<String> amounts) {
    }

    /**
     * One quadrant of the coordinators' identities (Aubert, Kletz, Sardas 2022): the coordination
     * structures in it, by name, and how many professionals.
     */
    public record Quadrant(String label, List<String> structures, int professionals) {
    }

    /** The case managers of one profession of origin (v1.2) and their active situations. */
    public record OriginLoad(String origin, int professionals, String situations) {
    }

    /** A key figure against the previous window. */
    public record KeyFigure(String group, String label, String current, String previous, String difference,
                            String per1000) {
    }

    public record Line(String label, String value) {
    }

    /** An uncovered need domain with the persons concerned and the structures nearest to covering it. */
    public record UncoveredNeed(String domain, String persons, List<Candidate> nearest) {
    }

    /** A structure that handles the domain but is kept from it by one criterion. */
    public record Candidate(String name, String type, String criterion, String persons) {
    }

    public record StructurePair(String a, String b, String jaccard, String sharedPersons) {
    }

    /**
     * Capacity against demand on the window's last day: the figures of the comparison, and the
     * saturated structures (at most ten, the most occupied first).
     */
    public record Capacity(List<Line> figures, List<Occupied> saturated) {
    }

    /** A saturated structure: persons followed against its capacity, referrals waiting, refusals. */
    public record Occupied(String name, String type, String followed, String capacity, String waiting, String refused) {
    }

    public record Partner(String name, String sector, int degree, String betweenness, boolean articulationPoint,
                          String crossSectorShare) {
    }

    public record MethodNote(String title, String text) {
    }
}
