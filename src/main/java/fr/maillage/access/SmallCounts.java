package fr.maillage.access;

import java.util.Optional;

/**
 * The small-cell rule (règle des petits effectifs) for counts of persons shown to a planner: a
 * count below {@value #THRESHOLD}, zero included (so that 0 and 1 cannot be told apart), reads
 * {@value #SMALL}. A sum that holds such a count (a link's weight holds its shared persons) reads
 * {@code "<N"}, N being the rest of the sum plus {@value #THRESHOLD}: true, and no help in
 * recomputing the hidden count. A sum of several such counts (a structure's weighted degree holds
 * the shared persons of each of its links) allows 4 for each, plus 1. One rule for the comparison,
 * the JSON answers and the exports.
 */
public final class SmallCounts {

    public static final int THRESHOLD = 5;
    public static final String SMALL = "<" + THRESHOLD;
    /** How a figure derived from hidden counts reads (a share of a weighted degree that holds one). */
    public static final String MASKED = "masqué";

    private SmallCounts() {
    }

    public static boolean isSmall(Number count) {
        return count == null || count.doubleValue() < THRESHOLD;
    }

    /** {@value #SMALL} for a small count; empty when it may be shown. */
    public static Optional<String> hidden(long persons) {
        return isSmall(persons) ? Optional.of(SMALL) : Optional.empty();
    }

    /** How a sum including {@code persons} shows: {@code "<N"} when that count is small; empty otherwise. */
    public static Optional<String> hiddenSum(long sum, long persons) {
        return hiddenSum(sum, persons, isSmall(persons) ? 1 : 0);
    }

    /**
     * How a sum including {@code parts} small counts of persons, {@code persons} in all, shows:
     * {@code "<N"} with N = the rest of the sum + 4 per hidden count + 1, each of them being at most
     * 4; empty when it holds none. N only tells what the visible figures already do.
     */
    public static Optional<String> hiddenSum(long sum, long persons, long parts) {
        return parts == 0 ? Optional.empty()
                : Optional.of("<" + (sum - persons + (THRESHOLD - 1) * parts + 1));
    }
}
