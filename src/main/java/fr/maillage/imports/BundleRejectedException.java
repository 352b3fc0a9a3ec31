package fr.maillage.imports;

import java.util.List;

/** A bundle refused by validation (lot refusé): nothing was written. */
public class BundleRejectedException extends RuntimeException {

    private final String importId;
    private final List<ImportProblem> problems;

    public BundleRejectedException(String importId, List<ImportProblem> problems) {
        super("Lot refusé, rien n'a été écrit : " + problems.stream().limit(5).map(ImportProblem::toString)
                .collect(java.util.stream.Collectors.joining(" | ")) + (problems.size() > 5 ? " | …" : ""));
        this.importId = importId;
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** The import record kept for this attempt. */
    public String importId() {
        return importId;
    }
}
