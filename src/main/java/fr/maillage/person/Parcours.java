package fr.maillage.person;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import fr.maillage.analysis.overlaps.EvaluationPairs;
import fr.maillage.api.NotFoundException;
import fr.maillage.db.Graph;
import fr.maillage.person.PersonParcours.ConcurrentEvaluation;
import fr.maillage.person.PersonParcours.Rupture;

/**
 * The parcours of one person (parcours de la personne), from {@code cypher/person/parcours.cypher}.
 *
 * <p>Events are in date order (an involvement at its start); on one date referrals come
 * before involvements, then assessments, then by id. A <em>rupture</em> is an involvement ended
 * with {@code rupture}; for each, the days the person then went without an involvement of the
 * same kind and without any involvement. <em>Concurrent evaluations</em> are the pairs of
 * {@code evaluation} involvements (at their start) or assessments by different structures at most
 * 90 days apart: the rule of the overlaps' {@code evaluations_multiples}, without its window.
 */
@Service
public class Parcours {

    private static final String RUPTURE = "rupture";
    private static final List<String> TYPE_ORDER = List.of("referral", "involvement", "assessment");

    private final Graph graph;

    public Parcours(Graph graph) {
        this.graph = graph;
    }

    /** The parcours of {@code personId}; 404 when unknown. */
    public PersonParcours of(String personId) {
        return graph.read("person/parcours.cypher", Map.of("personId", personId), Parcours::toParcours).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Personne inconnue : " + personId));
    }

    private static PersonParcours toParcours(Record r) {
        PersonParcours.Person person = new PersonParcours.Person(r.get("personId").asString(), longOrNull(r.get("birthYear")),
                r.get("territoryId").asString(null), r.get("territoryName").asString(null),
                r.get("complexity").asString(null), strings(r.get("needs")), boolOrNull(r.get("apa")),
                boolOrNull(r.get("livesAlone")), boolOrNull(r.get("legalProtection")));
        List<Value> involvements = r.get("involvements").asList(v -> v);
        List<Value> assessments = r.get("assessments").asList(v -> v);

        List<Evaluation> evaluations = new ArrayList<>();
        involvements.stream().filter(v -> "evaluation".equals(v.get("kind").asString(null)))
                .forEach(v -> evaluations.add(new Evaluation(v.get("id").asString(), structureId(v), v.get("start").asLocalDate())));
        assessments.forEach(v -> evaluations.add(new Evaluation(v.get("id").asString(), structureId(v), v.get("date").asLocalDate())));
        evaluations.sort(Comparator.comparing(Evaluation::date).thenComparing(Evaluation::id));
        List<ConcurrentEvaluation> concurrent = EvaluationPairs.of(evaluations, Evaluation::structureId, Evaluation::date)
                .stream()
                .map(p -> new ConcurrentEvaluation(p.first().id(), p.second().id(),
                        List.of(p.first().structureId(), p.second().structureId()), p.daysApart()))
                .toList();
        Set<String> concurrentIds = new HashSet<>();
        concurrent.forEach(c -> {
            concurrentIds.add(c.firstId());
            concurrentIds.add(c.secondId());
        });

        List<ParcoursEvent> events = new ArrayList<>();
        r.get("referrals").asList(v -> v).forEach(v -> events.add(referral(v)));
        involvements.forEach(v -> events.add(involvement(v, concurrentIds)));
        assessments.forEach(v -> events.add(assessment(v, concurrentIds)));
        events.sort(Comparator.comparing(ParcoursEvent::date)
                .thenComparing(e -> TYPE_ORDER.indexOf(e.type()))
                .thenComparing(ParcoursEvent::id));

        List<ParcoursEvent.Involvement> stays = events.stream()
                .filter(ParcoursEvent.Involvement.class::isInstance).map(ParcoursEvent.Involvement.class::cast).toList();
        List<Rupture> ruptures = stays.stream().filter(ParcoursEvent.Involvement::rupture)
                .map(broken -> new Rupture(broken.id(), broken.kind(), broken.structure(), broken.end(),
                        daysWithout(broken, stays, other -> Objects.equals(other.kind(), broken.kind())),
                        daysWithout(broken, stays, other -> true)))
                .toList();
        return new PersonParcours(person, events, ruptures, concurrent);
    }

    /**
     * Days after the end of {@code broken} before another involvement matching {@code relay} is
     * active: 0 when one is active the day after; null when none is active on or after that day.
     */
    private static Long daysWithout(ParcoursEvent.Involvement broken, List<ParcoursEvent.Involvement> stays,
                                    Predicate<ParcoursEvent.Involvement> relay) {
        LocalDate nextDay = broken.end().plusDays(1);
        return stays.stream()
                .filter(other -> other != broken && relay.test(other))
                .filter(other -> other.end() == null || !other.end().isBefore(nextDay))
                .map(other -> Math.max(0, ChronoUnit.DAYS.between(nextDay, other.date())))
                .min(Long::compare)
                .orElse(null);
    }

    private static ParcoursEvent.Referral referral(Value v) {
        LocalDate date = v.get("date").asLocalDate();
        LocalDate responseDate = dateOrNull(v.get("responseDate"));
        return new ParcoursEvent.Referral("referral", v.get("id").asString(), date, StructureRef.of(v.get("from")),
                v.get("fromRole").asString(null), StructureRef.of(v.get("to")), v.get("toRole").asString(null),
                strings(v.get("reasons")), v.get("status").asString(null), responseDate,
                responseDate == null ? null : ChronoUnit.DAYS.between(date, responseDate),
                StructureRef.of(v.get("redirectedTo")));
    }

    private static ParcoursEvent.Involvement involvement(Value v, Set<String> concurrentIds) {
        String id = v.get("id").asString();
        String endReason = v.get("endReason").asString(null);
        return new ParcoursEvent.Involvement("involvement", id, v.get("start").asLocalDate(), dateOrNull(v.get("end")),
                v.get("kind").asString(null), StructureRef.of(v.get("structure")), v.get("role").asString(null),
                endReason, RUPTURE.equals(endReason) && !v.get("end").isNull(), concurrentIds.contains(id));
    }

    private static ParcoursEvent.Assessment assessment(Value v, Set<String> concurrentIds) {
        String id = v.get("id").asString();
        return new ParcoursEvent.Assessment("assessment", id, v.get("date").asLocalDate(), StructureRef.of(v.get("structure")),
                v.get("complexity").asString(null), strings(v.get("needs")), boolOrNull(v.get("apa")),
                concurrentIds.contains(id));
    }

    private static String structureId(Value event) {
        return event.get("structure").isNull() ? null : event.get("structure").get("id").asString();
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }

    private static LocalDate dateOrNull(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }

    private static Long longOrNull(Value value) {
        return value.isNull() ? null : value.asLong();
    }

    private static Boolean boolOrNull(Value value) {
        return value.isNull() ? null : value.asBoolean();
    }

    private record Evaluation(String id, String structureId, LocalDate date) {
    }
}
