package fr.maillage.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.maillage.db.Graph;

/**
 * Checks a whole bundle before anything is written (validation du lot): syntax, encoding,
 * header, types, vocabularies, dates, duplicate ids, references (to the bundle or to the
 * database), the territory hierarchy. Every file is read once, row by row; what is kept is the
 * ids, not the rows.
 */
final class BundleValidator {

    /** Ids sent to the database per lookup query. */
    private static final int LOOKUP_BATCH = 10_000;

    /** Where a reference was made. */
    record Use(ContractFile file, int line, String column) {
    }

    /** The uses of one referenced id missing from the bundle: a few kept, all counted. */
    static final class Uses {
        final List<Use> kept = new ArrayList<>(1);
        long count;

        void add(Use use) {
            count++;
            if (kept.size() < Problems.SHOWN) {
                kept.add(use);
            }
        }
    }

    /** What the writer needs from a valid bundle. */
    record Validation(Problems problems, Map<ContractFile, Layout> layouts, Map<ContractFile, Long> rows) {
        long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Graph graph;
    private final Problems problems = new Problems();
    private final Map<ContractFile, Layout> layouts = new EnumMap<>(ContractFile.class);
    private final Map<ContractFile, Long> rows = new EnumMap<>(ContractFile.class);
    /** Per file, each identity with the line it was first seen on. */
    private final Map<ContractFile, Map<String, Integer>> identities = new EnumMap<>(ContractFile.class);
    /** Per referenced entity, the ids neither in the bundle yet nor checked in the database. */
    private final Map<ContractFile, Map<String, Uses>> unresolved = new EnumMap<>(ContractFile.class);
    /** References within the same file (a parent, a porteur), checked once the file is read. */
    private final List<Map.Entry<String, Use>> sameFile = new ArrayList<>();
    /**
     * Territory id to the parent its row gives (null: no parent), when territories.csv has a
     * {@code parent_id} column: for the cycle check and the scope check.
     */
    private final Map<String, String> bundleParents = new LinkedHashMap<>();
    private final Set<String> requesterScope;
    private Map<String, String> databaseParents;
    private ScopeCheck scope;

    /** @param scope the territories the bundle's rows must lie in, or null for an import without limit */
    BundleValidator(Graph graph, Set<String> scope) {
        this.graph = graph;
        this.requesterScope = scope;
    }

    Validation validate(Bundle bundle) throws IOException {
        bundle.problems().forEach(problems::add);
        if (requesterScope != null) {
            scope = new ScopeCheck(requesterScope, graph, problems, identities, bundleParents, databaseParents());
        }
        for (ContractFile file : bundle.files()) {
            try (CsvFile csv = bundle.csv(file)) {
                validateFile(file, csv);
            }
        }
        checkDatabaseReferences();
        if (scope != null) {
            scope.finish();
        }
        return new Validation(problems, layouts, rows);
    }

    /** Every territory of the database to its parent (null for a root), read once. */
    private Map<String, String> databaseParents() {
        if (databaseParents == null) {
            Map<String, String> parents = new HashMap<>();
            graph.read("imports/territory-parents.cypher", Map.of(), r -> parents.put(r.get("id").asString(),
                    r.get("parent").isNull() ? null : r.get("parent").asString()));
            databaseParents = parents;
        }
        return databaseParents;
    }

    private void validateFile(ContractFile file, CsvFile csv) {
        CsvFile.Row header = csv.next();
        if (header == null) {
            problems.add(csv.syntaxProblem() != null ? csv.syntaxProblem()
                    : new ImportProblem(file.fileName(), null, null, "fichier vide : la ligne d'en-tête manque"));
            return;
        }
        Layout layout = Layout.of(file, header.cells());
        checkHeader(file, layout);
        layouts.put(file, layout);
        Map<String, Integer> ids = identities.computeIfAbsent(file, f -> new HashMap<>());
        long count = 0;
        for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
            count++;
            Map<String, Object> values = layout.read(row, (line, column, message) ->
                    problems.add(file, line, column, message));
            if (values != null) {
                checkRow(file, layout, row, values, ids);
                if (scope != null) {
                    scope.row(file, layout, row, values);
                }
            }
        }
        if (csv.syntaxProblem() != null) {
            problems.add(csv.syntaxProblem());
        }
        rows.put(file, count);
        checkSameFileReferences(file, ids);
        if (file == ContractFile.TERRITORIES) {
            checkHierarchy(layout, ids);
        }
    }

    private void checkHeader(ContractFile file, Layout layout) {
        Set<String> seen = new HashSet<>();
        List<String> known = file.columns().stream().map(Column::name).toList();
        for (String name : layout.header()) {
            if (!seen.add(name)) {
                problems.add(file, 1, name, "colonne en double dans l'en-tête");
            } else if (name.indexOf(CsvFile.INVALID) >= 0) {
                problems.add(file, 1, name, "octets invalides en UTF-8 dans l'en-tête (le fichier doit être encodé en UTF-8)");
            } else if (file.column(name).isEmpty()) {
                String hint = Suggestions.closest(name, known).map(s -> " (vouliez-vous dire « " + s + " » ?)").orElse("");
                String message;
                if (file.aboutPeople() && Pseudonymity.identifyingColumn(name)) {
                    message = "colonne refusée : elle ressemble à une donnée qui identifie la personne ; "
                            + Pseudonymity.WHY;
                } else if (file.aboutPeople()) {
                    message = "colonne refusée : un fichier de personnes ou de professionnels ne porte que les colonnes"
                            + " du contrat (aucun nom, aucune adresse)" + hint;
                } else {
                    message = "colonne inconnue du contrat" + hint;
                }
                problems.add(file, 1, name, message + " ; colonnes attendues : " + String.join(", ", known));
            }
        }
        for (Column column : file.columns()) {
            if (column.required() && !seen.contains(column.name())) {
                problems.add(file, 1, null, "colonne obligatoire « " + column.name() + " » absente de l'en-tête");
            }
        }
    }

    private void checkRow(ContractFile file, Layout layout, CsvFile.Row row, Map<String, Object> values,
                          Map<String, Integer> ids) {
        String identity = file.identity(values);
        String identityColumn = file.identityColumn();
        int identityLine = layout.has(identityColumn) ? row.lineOf(layout.header().indexOf(identityColumn)) : row.line();
        if (identity != null) {
            Integer first = ids.putIfAbsent(identity, row.line());
            if (first != null) {
                problems.add(file, identityLine, identityColumn, duplicate(file, identity, values) + " : déjà ligne " + first);
            }
        }
        if (file == ContractFile.PARTNERSHIPS && values.get("structure_a") != null
                && values.get("structure_a").equals(values.get("structure_b"))) {
            problems.add(file, identityLine, "structure_b", "un partenariat relie deux structures différentes");
        }
        checkCoordinationRow(file, layout, row, values);
        if (file == ContractFile.TERRITORIES && identity != null && layout.has("parent_id")) {
            bundleParents.put(identity, (String) values.get("parent_id"));
        }
        for (int i = 0; i < layout.columns().length; i++) {
            Column column = layout.columns()[i];
            if (column == null || !column.isReference() || !values.containsKey(column.name())) {
                continue;
            }
            Object value = values.get(column.name());
            Use use = new Use(file, row.lineOf(i), column.name());
            ContractFile target = ContractFile.named(column.target()).orElseThrow();
            for (Object id : value instanceof List<?> list ? list : List.of(value)) {
                if (target == file) {
                    sameFile.add(Map.entry((String) id, use));
                } else if (!identities.getOrDefault(target, Map.of()).containsKey(id)) {
                    unresolved.computeIfAbsent(target, t -> new HashMap<>()).computeIfAbsent((String) id, k -> new Uses()).add(use);
                }
            }
        }
    }

    private static String duplicate(ContractFile file, String identity, Map<String, Object> values) {
        return switch (file) {
            case PARTNERSHIPS -> "partenariat en double (mêmes structures, même nature « " + values.get("kind") + " »)";
            case FUNDINGS -> "financement en double (même structure « " + values.get("structure_id") + " », même année "
                    + values.get("year") + ", même financeur « " + values.get("funder") + " », même objet « "
                    + (values.get("purpose") == null ? "" : values.get("purpose")) + " »)";
            default -> "identifiant « " + identity + " » en double";
        };
    }

    /**
     * The rules of the v1.2 files that a column's type cannot say: a person is named only by a
     * clinical meeting (the tables stratégique and tactique are about the territory, never about
     * someone); a structure absorbed into another has its {@code closed} date, the date of the
     * absorption, and is not absorbed into itself.
     */
    private void checkCoordinationRow(ContractFile file, Layout layout, CsvFile.Row row, Map<String, Object> values) {
        if (file == ContractFile.MEETINGS && values.get("person_id") != null && values.get("table") != null
                && !"concertation_clinique".equals(values.get("table"))) {
            problems.add(file, row.lineOf(layout.header().indexOf("person_id")), "person_id",
                    "seule une concertation clinique porte sur une personne : une réunion de table « "
                            + values.get("table") + " » n'a pas de person_id");
        }
        if (file == ContractFile.STRUCTURES && values.get("absorbed_into") != null) {
            int line = row.lineOf(layout.header().indexOf("absorbed_into"));
            if (values.get("absorbed_into").equals(values.get("id"))) {
                problems.add(file, line, "absorbed_into", "une structure ne peut pas être absorbée par elle-même");
            } else if (values.get("closed") == null) {
                problems.add(file, line, "absorbed_into", "une structure absorbée (absorbed_into) a une date de fermeture"
                        + " « closed », la date de l'absorption");
            }
        }
    }

    private void checkSameFileReferences(ContractFile file, Map<String, Integer> ids) {
        for (Map.Entry<String, Use> reference : sameFile) {
            if (!ids.containsKey(reference.getKey())) {
                unresolved.computeIfAbsent(file, t -> new HashMap<>()).computeIfAbsent(reference.getKey(), k -> new Uses())
                        .add(reference.getValue());
            }
        }
        sameFile.clear();
    }

    /**
     * A territory must not be its own ancestor, counting the parents already in the database
     * that the bundle does not change.
     */
    private void checkHierarchy(Layout layout, Map<String, Integer> ids) {
        if (!layout.has("parent_id")) {
            return;
        }
        Map<String, String> parents = new HashMap<>(databaseParents());
        parents.putAll(bundleParents);
        Set<String> reported = new HashSet<>();
        int parentColumn = layout.header().indexOf("parent_id");
        for (String start : bundleParents.keySet()) {
            List<String> path = new ArrayList<>(List.of(start));
            Set<String> visited = new LinkedHashSet<>(path);
            for (String parent = parents.get(start); parent != null; parent = parents.get(parent)) {
                if (!visited.add(parent)) {
                    if (parent.equals(start) && reported.add(start)) {
                        path.add(parent);
                        problems.add(ContractFile.TERRITORIES, ids.get(start), layout.header().get(parentColumn),
                                "cycle dans la hiérarchie des territoires : " + String.join(" → ", path));
                    }
                    break;
                }
                path.add(parent);
            }
        }
    }

    /** One query per referenced entity and batch of ids, never one per row. */
    private void checkDatabaseReferences() {
        for (Map.Entry<ContractFile, Map<String, Uses>> entry : unresolved.entrySet()) {
            ContractFile target = entry.getKey();
            List<String> ids = new ArrayList<>(entry.getValue().keySet());
            Set<String> existing = new HashSet<>();
            for (int from = 0; from < ids.size(); from += LOOKUP_BATCH) {
                List<String> batch = ids.subList(from, Math.min(ids.size(), from + LOOKUP_BATCH));
                existing.addAll(graph.read("imports/existing-" + target.fileName().replace(".csv", ".cypher"),
                        Map.of("ids", batch), r -> r.get("id").asString()));
            }
            for (String id : ids) {
                if (!existing.contains(id)) {
                    Uses uses = entry.getValue().get(id);
                    String message = "référence inconnue : « " + id + " » n'existe ni dans " + target.fileName()
                            + " du lot ni dans la base";
                    uses.kept.forEach(use -> problems.add(use.file(), use.line(), use.column(), message));
                    problems.addUnlisted(uses.count - uses.kept.size());
                }
            }
        }
    }
}
