package fr.maillage.imports;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for misspelt file and column names: a typo must be named, not skipped. */
final class Suggestions {

    private Suggestions() {
    }

    /** The known name closest to {@code name}, if it is within a couple of typos. */
    static Optional<String> closest(String name, Collection<String> known) {
        return known.stream()
                .filter(k -> distance(name, k) <= Math.max(2, k.length() / 4))
                .min(Comparator.comparingInt(k -> distance(name, k)));
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
