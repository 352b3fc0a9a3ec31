package fr.maillage.coordination;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import fr.maillage.analysis.orphans.OrphanReason;
import fr.maillage.analysis.orphans.Orphans;
import fr.maillage.db.AnswerCache;
import fr.maillage.db.Graph;
import fr.maillage.person.PersonStates;
import fr.maillage.territory.Territories;
import fr.maillage.territory.TerritoryScope;
import fr.maillage.vocabulary.Complexity;

/**
 * The case managers' load (files actives de la gestion de cas) of territory T on a date, per the
 * contract (v1.2): every professional of a structure of T's ecology with a {@code gestion_de_cas}
 * involvement active on the date, the number of such involvements against the reference of
 * {@value #REFERENCE} situations (DOMAIN.md: "case manager, ~40 people each"), and how many of
 * those persons are {@code complexe} or {@code extreme} on the date (their latest assessment, as
 * {@link PersonStates} folds them, wherever they live); and the persons of T waiting for one:
 * those the orphans analysis finds {@code complexe_sans_gestionnaire} on the date.
 */
@Service
public class Caseloads {

    /** The reference caseload of a case manager. */
    public static final int REFERENCE = 40;

    private final Graph graph;
    private final Territories territories;
    private final PersonStates personStates;
    private final Orphans orphans;
    private final AnswerCache answers;

    public Caseloads(Graph graph, Territories territories, PersonStates personStates, Orphans orphans,
                     AnswerCache answers) {
        this.graph = graph;
        this.territories = territories;
        this.personStates = personStates;
        this.orphans = orphans;
        this.answers = answers;
    }

    /** 404 for an unknown territory. */
    public CaseloadsAnswer of(String territoryId, LocalDate asOf) {
        return answers.get("caseloads", List.of(territoryId, asOf), () -> compute(territoryId, asOf));
    }

    private record Load(String professionalId, String structureId, String originProfession, List<Value> persons) {
    }

    private CaseloadsAnswer compute(String territoryId, LocalDate asOf) {
        TerritoryScope scope = territories.scope(territoryId);
        List<Load> loads = graph.read("coordination/caseloads.cypher",
                Map.of("ecology", List.copyOf(scope.ecology()), "asOf", asOf),
                r -> new Load(r.get("professionalId").asString(), r.get("structureId").asString(),
                        r.get("originProfession").asString(null), r.get("persons").asList(v -> v)));
        Set<String> managed = new HashSet<>();
        loads.forEach(load -> load.persons().forEach(p -> managed.add(p.get("personId").asString())));
        Map<String, String> complexity = managed.isEmpty() ? Map.of() : personStates.complexities(managed, asOf);
        List<CaseloadsAnswer.Manager> managers = loads.stream().map(load -> new CaseloadsAnswer.Manager(
                load.professionalId(), load.structureId(), load.originProfession(), load.persons().size(),
                count(load, complexity, Complexity.COMPLEXE), count(load, complexity, Complexity.EXTREME))).toList();
        long waiting = orphans.of(territoryId, asOf).stream()
                .filter(o -> o.reasons().contains(OrphanReason.COMPLEXE_SANS_GESTIONNAIRE.code())).count();
        return new CaseloadsAnswer(REFERENCE, managers, waiting);
    }

    private static long count(Load load, Map<String, String> complexity, Complexity level) {
        return load.persons().stream()
                .filter(p -> level.code().equals(complexity.get(p.get("personId").asString()))).count();
    }
}
