package fr.maillage.analysis.overlaps;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Concurrent evaluations (évaluations concurrentes): two evaluations by different structures
 * dated at most 90 days apart. One rule for the overlaps' {@code evaluations_multiples} and
 * the parcours' flags, so both always agree.
 */
public final class EvaluationPairs {

    /** Two evaluations this many days apart or fewer are concurrent. */
    public static final int MAX_DAYS_APART = 90;

    private EvaluationPairs() {
    }

    /** A pair of concurrent evaluations, {@code first} dated on or before {@code second}. */
    public record Pair<T>(T first, T second, long daysApart) {
    }

    /**
     * Every pair of {@code evaluations} by different (known) structures at most
     * {@link #MAX_DAYS_APART} days apart, in input order.
     */
    public static <T> List<Pair<T>> of(List<T> evaluations, Function<T, String> structure, Function<T, LocalDate> date) {
        List<Pair<T>> pairs = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            for (int j = i + 1; j < evaluations.size(); j++) {
                T x = evaluations.get(i);
                T y = evaluations.get(j);
                long days = ChronoUnit.DAYS.between(date.apply(x), date.apply(y));
                if (structure.apply(x) != null && structure.apply(y) != null
                        && !Objects.equals(structure.apply(x), structure.apply(y))
                        && Math.abs(days) <= MAX_DAYS_APART) {
                    pairs.add(days >= 0 ? new Pair<>(x, y, days) : new Pair<>(y, x, -days));
                }
            }
        }
        return pairs;
    }
}
