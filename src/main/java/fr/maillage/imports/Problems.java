package fr.maillage.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in a bundle, reported in file order then line order whatever order the
 * checks found them in, the list capped so a wholly wrong file does not drown the answer.
 */
final class Problems {

    /** Problems listed in an answer; a last one says how many more there are. */
    static final int SHOWN = 200;

    /** Problems kept for sorting; beyond, only counted (the first SHOWN come from the first files anyway). */
    private static final int KEPT = 20_000;

    private record Entry(int fileOrder, int line, long sequence, ImportProblem problem) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private long total;

    void add(ImportProblem problem) {
        total++;
        if (entries.size() < KEPT) {
            int fileOrder = problem.file() == null ? -1
                    : ContractFile.named(problem.file()).map(Enum::ordinal).orElse(-1);
            entries.add(new Entry(fileOrder, problem.line() == null ? 0 : problem.line(), total, problem));
        }
    }

    void add(ContractFile file, Integer line, String column, String message) {
        add(new ImportProblem(file.fileName(), line, column, message));
    }

    /** Counts problems beyond those the cap would list anyway. */
    void addUnlisted(long count) {
        total += count;
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** At most {@link #SHOWN} problems, sorted, then one saying how many were left out. */
    List<ImportProblem> list() {
        List<ImportProblem> shown = new ArrayList<>(entries.stream()
                .sorted(Comparator.comparingInt(Entry::fileOrder).thenComparingInt(Entry::line)
                        .thenComparingLong(Entry::sequence))
                .limit(SHOWN).map(Entry::problem).toList());
        if (total > shown.size()) {
            shown.add(new ImportProblem(null, null, null, "… et " + (total - shown.size())
                    + " autre(s) problème(s) non listé(s)"));
        }
        return shown;
    }
}
