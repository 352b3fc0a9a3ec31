package fr.maillage.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.neo4j.driver.Value;

import fr.maillage.db.Graph;

/**
 * A pilot's bundle kept within their scope (périmètre): the contract lets a pilot import only
 * territories, structures (by their {@code territory_ids}) and persons of the territories they
 * may see, each scope territory counting with all its descendants. Beyond the contract, and
 * for the same reason (a pilot writes nothing about people or services of another territory):
 * <ul>
 * <li>assessments, referrals and involvements must be about a person in scope, professionals
 * work at a structure in scope, and a partnership touches at least one structure in scope;
 * a meeting is held for a territory in scope (and a clinical one is about a person in scope),
 * a funding goes to a structure in scope;</li>
 * <li>a row already in the database out of scope may not be changed, lest a pilot move another
 * territory's person, structure or territory into theirs and so read what they may not;</li>
 * <li>a scope territory keeps its parent: where it hangs in the hierarchy decides who else sees
 * it, which is not the pilot's to change.</li>
 * </ul>
 * Rows may still reference structures and professionals out of scope (a referral to the
 * département's hospital is the pilot's referral). Every refusal is a located problem.
 *
 * <p>Files come in contract order, so every territory row is known when a structure or person
 * row is judged, and every structure and person row when the rows about them are. What the
 * bundle does not hold is looked up in the database at the end, a batch of ids per query.
 */
final class ScopeCheck {

    /** Ids sent to the database per lookup query. */
    private static final int LOOKUP_BATCH = 10_000;

    /** A partnership neither of whose structures is known to be in scope before the database is read. */
    private record Pair(String a, String b, BundleValidator.Use use) {
    }

    private final Set<String> scope;
    private final String shownScope;
    private final Graph graph;
    private final Problems problems;
    private final Map<ContractFile, Map<String, Integer>> identities;
    private final Map<String, String> bundleParents;
    private final Map<String, String> databaseParents;
    private final Map<String, Boolean> outsideAfter = new HashMap<>();
    /** Per file, the rows of the bundle already refused, not checked again against the database. */
    private final Map<ContractFile, Set<String>> refused = new EnumMap<>(ContractFile.class);
    /** Per entity, the ids referenced by the bundle that only the database can place. */
    private final Map<ContractFile, Map<String, BundleValidator.Uses>> pending = new EnumMap<>(ContractFile.class);
    private final List<Pair> pendingPairs = new ArrayList<>();

    /**
     * @param identities      the validator's ids per file, with the line each was first seen on
     * @param bundleParents   the parent each territory row gives, when territories.csv has the column
     * @param databaseParents every territory of the database to its parent (null for a root)
     */
    ScopeCheck(Set<String> scope, Graph graph, Problems problems, Map<ContractFile, Map<String, Integer>> identities,
               Map<String, String> bundleParents, Map<String, String> databaseParents) {
        this.scope = scope;
        this.shownScope = scope.isEmpty() ? "aucun territoire" : String.join(", ", new TreeSet<>(scope));
        this.graph = graph;
        this.problems = problems;
        this.identities = identities;
        this.bundleParents = bundleParents;
        this.databaseParents = databaseParents;
    }

    /** Judges one valid row of the bundle; territory rows wait for the end of their file (a parent may come later). */
    void row(ContractFile file, Layout layout, CsvFile.Row row, Map<String, Object> values) {
        String id = (String) values.get("id");
        switch (file) {
            case TERRITORIES -> { }
            case STRUCTURES -> {
                @SuppressWarnings("unchecked")
                List<String> territories = (List<String>) values.getOrDefault("territory_ids", List.of());
                List<String> outside = territories.stream().filter(this::outsideAfter).toList();
                if (!outside.isEmpty()) {
                    refuse(file, id, use(file, layout, row, "territory_ids"), "Structure « " + id + " » hors de votre"
                            + " périmètre (" + shownScope + ") : elle couvre " + quoted(outside));
                }
            }
            case PERSONS -> {
                String territory = (String) values.get("territory_id");
                if (territory != null && outsideAfter(territory)) {
                    refuse(file, id, use(file, layout, row, "territory_id"), "Personne « " + id + " » hors de votre"
                            + " périmètre (" + shownScope + ") : elle vit dans « " + territory + " »");
                }
            }
            case PROFESSIONALS -> about(ContractFile.STRUCTURES, file, id, (String) values.get("structure_id"),
                    use(file, layout, row, "structure_id"));
            case ASSESSMENTS, REFERRALS, INVOLVEMENTS -> about(ContractFile.PERSONS, file, id,
                    (String) values.get("person_id"), use(file, layout, row, "person_id"));
            case PARTNERSHIPS -> partnership((String) values.get("structure_a"), (String) values.get("structure_b"),
                    use(file, layout, row, "structure_a"));
            case MEETINGS -> {
                String territory = (String) values.get("territory_id");
                if (territory != null && outsideAfter(territory)) {
                    refuse(file, id, use(file, layout, row, "territory_id"), "Réunion « " + id + " » hors de votre"
                            + " périmètre (" + shownScope + ") : elle se tient pour « " + territory + " »");
                } else {
                    about(ContractFile.PERSONS, file, id, (String) values.get("person_id"), use(file, layout, row, "person_id"));
                }
            }
            case FUNDINGS -> about(ContractFile.STRUCTURES, file, file.identity(values), (String) values.get("structure_id"),
                    use(file, layout, row, "structure_id"));
        }
    }

    /** Judges the territory rows, then whatever needs the database; call once every file is read. */
    void finish() {
        identities.getOrDefault(ContractFile.TERRITORIES, Map.of()).forEach(this::territory);
        Map<String, List<String>> structures = lookUp(ContractFile.STRUCTURES, pendingPairs.stream()
                .flatMap(pair -> List.of(pair.a(), pair.b()).stream()).toList());
        Map<String, List<String>> persons = lookUp(ContractFile.PERSONS, List.of());
        resolvePending(ContractFile.STRUCTURES, structures);
        resolvePending(ContractFile.PERSONS, persons);
        for (Pair pair : pendingPairs) {
            if (structureOutside(pair.a(), structures) && structureOutside(pair.b(), structures)) {
                refusePair(pair);
            }
        }
        checkExisting(ContractFile.STRUCTURES, structures);
        checkExisting(ContractFile.PERSONS, persons);
        for (ContractFile file : List.of(ContractFile.PROFESSIONALS, ContractFile.ASSESSMENTS, ContractFile.REFERRALS,
                ContractFile.INVOLVEMENTS, ContractFile.MEETINGS)) {
            checkExisting(file, lookUp(file, List.of()));
        }
    }

    private void territory(String id, int line) {
        if (outsideAfter(id)) {
            problems.add(ContractFile.TERRITORIES, line, "id",
                    "Territoire « " + id + " » hors de votre périmètre (" + shownScope + ")");
        } else if (databaseParents.containsKey(id)
                && outside(id, databaseParents::get, databaseParents::containsKey)) {
            problems.add(ContractFile.TERRITORIES, line, "id", alreadyOutside(id));
        } else if (scope.contains(id) && bundleParents.containsKey(id) && databaseParents.containsKey(id)
                && !Objects.equals(bundleParents.get(id), databaseParents.get(id))) {
            String before = databaseParents.get(id);
            problems.add(ContractFile.TERRITORIES, line, "parent_id", "Territoire « " + id + " » de votre périmètre ("
                    + shownScope + ") : son rattachement ne change que par un import sans limite de périmètre (il est "
                    + (before == null ? "sans parent" : "rattaché à « " + before + " »") + " dans la base)");
        }
    }

    /** A row about a structure or person: judged now when the bundle holds it, else once the database is read. */
    private void about(ContractFile target, ContractFile file, String id, String targetId, BundleValidator.Use use) {
        if (targetId == null) {
            return;
        }
        if (identities.getOrDefault(target, Map.of()).containsKey(targetId)) {
            if (refused.getOrDefault(target, Set.of()).contains(targetId)) {
                refuse(file, id, use, outsideMessage(target, targetId));
            }
        } else {
            pending.computeIfAbsent(target, t -> new HashMap<>())
                    .computeIfAbsent(targetId, t -> new BundleValidator.Uses()).add(use);
        }
    }

    private void partnership(String a, String b, BundleValidator.Use use) {
        if (a == null || b == null) {
            return;
        }
        Map<String, Integer> bundled = identities.getOrDefault(ContractFile.STRUCTURES, Map.of());
        Set<String> out = refused.getOrDefault(ContractFile.STRUCTURES, Set.of());
        boolean aInside = bundled.containsKey(a) && !out.contains(a);
        boolean bInside = bundled.containsKey(b) && !out.contains(b);
        if (aInside || bInside) {
            return;
        }
        Pair pair = new Pair(a, b, use);
        if (bundled.containsKey(a) && bundled.containsKey(b)) {
            refusePair(pair);
        } else {
            pendingPairs.add(pair);
        }
    }

    private void refusePair(Pair pair) {
        problems.add(pair.use().file(), pair.use().line(), pair.use().column(), "Structures « " + pair.a() + " » et « "
                + pair.b() + " » hors de votre périmètre (" + shownScope + ") : un partenariat doit toucher une"
                + " structure de votre périmètre");
    }

    /** A structure of the bundle is judged by its row; one of the database by the territories it covers there. */
    private boolean structureOutside(String id, Map<String, List<String>> database) {
        if (identities.getOrDefault(ContractFile.STRUCTURES, Map.of()).containsKey(id)) {
            return refused.getOrDefault(ContractFile.STRUCTURES, Set.of()).contains(id);
        }
        List<String> territories = database.get(id);
        return territories != null && territories.stream().anyMatch(this::outsideAfter);
    }

    private void resolvePending(ContractFile target, Map<String, List<String>> database) {
        pending.getOrDefault(target, Map.of()).forEach((id, uses) -> {
            List<String> territories = database.get(id);
            if (territories != null && territories.stream().anyMatch(this::outsideAfter)) {
                String message = outsideMessage(target, id);
                uses.kept.forEach(use -> problems.add(use.file(), use.line(), use.column(), message));
                problems.addUnlisted(uses.count - uses.kept.size());
            }
        });
    }

    /** A row of the bundle that updates one already in the database out of scope. */
    private void checkExisting(ContractFile file, Map<String, List<String>> database) {
        Set<String> out = refused.getOrDefault(file, Set.of());
        identities.getOrDefault(file, Map.of()).forEach((id, line) -> {
            List<String> territories = database.get(id);
            if (!out.contains(id) && territories != null && territories.stream().anyMatch(this::outsideAfter)) {
                problems.add(file, line, "id", alreadyOutside(id));
            }
        });
    }

    /**
     * The territories each id of {@code file} (the bundle's rows and {@code alsoIds}, and those it
     * references that only the database holds) is placed by in the database: the territories a
     * structure covers, a person lives in, a professional's structure covers, the person of an
     * assessment, referral or involvement lives in, or a meeting is held for. Ids absent from the database are absent here.
     */
    private Map<String, List<String>> lookUp(ContractFile file, List<String> alsoIds) {
        Set<String> wanted = new HashSet<>(identities.getOrDefault(file, Map.of()).keySet());
        wanted.removeAll(refused.getOrDefault(file, Set.of()));
        wanted.addAll(pending.getOrDefault(file, Map.of()).keySet());
        wanted.addAll(alsoIds);
        List<String> ids = new ArrayList<>(wanted);
        Map<String, List<String>> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_BATCH) {
            graph.read("imports/scope-" + file.fileName().replace(".csv", ".cypher"),
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + LOOKUP_BATCH))),
                    r -> found.put(r.get("id").asString(), r.get("territories").asList(Value::asString)));
        }
        return found;
    }

    private void refuse(ContractFile file, String id, BundleValidator.Use use, String message) {
        if (id != null) {
            refused.computeIfAbsent(file, f -> new HashSet<>()).add(id);
        }
        problems.add(use.file(), use.line(), use.column(), message);
    }

    private String outsideMessage(ContractFile target, String id) {
        return (target == ContractFile.PERSONS ? "Personne « " : "Structure « ") + id + " » hors de votre périmètre ("
                + shownScope + ")";
    }

    private String alreadyOutside(String id) {
        return "Identifiant « " + id + " » déjà dans la base hors de votre périmètre (" + shownScope
                + ") : votre lot ne peut pas le modifier";
    }

    /** Whether a territory lies outside the scope once the bundle is written (its rows' parents over the database's). */
    private boolean outsideAfter(String territory) {
        Map<String, Integer> bundled = identities.getOrDefault(ContractFile.TERRITORIES, Map.of());
        return outsideAfter.computeIfAbsent(territory, t -> outside(t,
                id -> bundleParents.containsKey(id) ? bundleParents.get(id) : databaseParents.get(id),
                id -> bundled.containsKey(id) || databaseParents.containsKey(id)));
    }

    /**
     * Whether the chain of parents from {@code territory} ends without meeting a scope territory.
     * A chain reaching an unknown id or a cycle is not judged: the reference or cycle is already
     * a problem of its own.
     */
    private boolean outside(String territory, Function<String, String> parent, Predicate<String> known) {
        Set<String> visited = new HashSet<>();
        for (String t = territory; t != null; t = parent.apply(t)) {
            if (scope.contains(t)) {
                return false;
            }
            if (!known.test(t) || !visited.add(t)) {
                return false;
            }
        }
        return true;
    }

    /** Where a row's cell is; the row's line when its column is missing (a problem of its own). */
    private static BundleValidator.Use use(ContractFile file, Layout layout, CsvFile.Row row, String column) {
        int index = layout.header().indexOf(column);
        return new BundleValidator.Use(file, index < 0 ? row.line() : row.lineOf(index), column);
    }

    private static String quoted(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> "« " + id + " »").toList());
    }
}
