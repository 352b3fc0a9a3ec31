package fr.maillage.coordination;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import fr.maillage.api.Window;
import fr.maillage.db.AnswerCache;
import fr.maillage.db.Graph;
import fr.maillage.territory.Territories;
import fr.maillage.territory.TerritoryScope;
import fr.maillage.vocabulary.Role;
import fr.maillage.vocabulary.StructureType;

/**
 * The identities of the coordinators (identités des coordinateurs) of territory T over a window,
 * after Aubert, Kletz and Sardas (2022), whom DOMAIN.md cites: coordination actors differ "by
 * mission (a whole parcours vs one transition such as hospital discharge) and by competence",
 * hence "consultant parcours", "référent parcours", "consultant frontière", "référent frontière".
 *
 * <p>The actors: the structures of T's ecology that coordinate (their {@code coordination} is
 * {@code mission} or {@code activite}: "some coordinate as their core mission; others as a side
 * activity", or their type is one of the coordination bodies of the mille-feuille: MAIA, DAC, PTA,
 * CLIC, réseau de santé); the professionals of the structures whose mission it is ({@code mission}
 * or one of those bodies), and those of any structure of the ecology whose role is a coordination
 * role (gestionnaire de cas, pilote, coordinateur, conseiller en gérontologie).
 * What they did is read from their engagements with the persons of T in the window
 * ({@code cypher/coordination/engagements.cypher}):
 * <ul>
 * <li><b>référent</b> when it held more than half of its persons: a {@code referent} or
 * {@code gestion_de_cas} involvement lasting {@value #HELD_DAYS} days or more (the contract's
 * kinds that follow "the person's whole situation"); <b>consultant</b> otherwise: evaluations,
 * plans, advice and referrals, then the person goes on elsewhere;</li>
 * <li><b>frontière</b> when more than half of its persons met it at the hospital transition: a
 * referral to or from a hospital or its social service, or a stay, in the {@value #FRONTIER_DAYS}
 * days before the engagement; <b>parcours</b> otherwise.</li>
 * </ul>
 * An actor with no person of T in the window has no identity (both axes null). One pass over the
 * engagements: time linear in their number.
 */
@Service
public class Coordinators {

    /** Three months: beyond an evaluation and its plan (weeks), an involvement follows the person. */
    public static final int HELD_DAYS = 90;
    /** The contract's horizon for what follows an event (a referral is late 30 days after a rupture). */
    public static final int FRONTIER_DAYS = 30;

    public static final String REFERENT = "referent";
    public static final String CONSULTANT = "consultant";
    public static final String PARCOURS = "parcours";
    public static final String FRONTIERE = "frontiere";

    static final List<String> HOSPITAL = List.of(StructureType.HOPITAL.code(),
            StructureType.SERVICE_SOCIAL_HOSPITALIER.code());
    static final List<String> BODIES = List.of(StructureType.MAIA.code(), StructureType.DAC.code(),
            StructureType.PTA.code(), StructureType.CLIC.code(), StructureType.RESEAU_SANTE.code());
    static final List<String> ROLES = List.of(Role.GESTIONNAIRE_DE_CAS.code(), Role.PILOTE.code(),
            Role.COORDINATEUR.code(), Role.CONSEILLER_GERONTOLOGIE.code());

    private final Graph graph;
    private final Territories territories;
    private final AnswerCache answers;

    public Coordinators(Graph graph, Territories territories, AnswerCache answers) {
        this.graph = graph;
        this.territories = territories;
        this.answers = answers;
    }

    /** 404 for an unknown territory. */
    public CoordinatorsAnswer of(String territoryId, Window window) {
        return answers.get("coordinators", List.of(territoryId, window), () -> compute(territoryId, window));
    }

    /** A structure of the ecology as {@code coordinators.cypher} reads it, with its coordination professionals. */
    private record Host(String structureId, String name, String type, String coordination, boolean coordinating,
                        List<Value> professionals) {
    }

    private record Engagement(String personId, List<String> structures, List<String> professionals, boolean held,
                              boolean frontier) {
    }

    private CoordinatorsAnswer compute(String territoryId, Window window) {
        TerritoryScope scope = territories.scope(territoryId);
        List<Host> hosts = graph.read("coordination/coordinators.cypher", Map.of("ecology", List.copyOf(scope.ecology()),
                "from", window.from(), "to", window.to(), "bodies", BODIES, "roles", ROLES),
                r -> new Host(r.get("structureId").asString(), r.get("name").asString(), r.get("type").asString(),
                        r.get("coordination").asString(null), r.get("coordinating").asBoolean(),
                        r.get("professionals").asList(v -> v)));
        Set<String> structureIds = new LinkedHashSet<>();
        Set<String> professionalIds = new HashSet<>();
        hosts.forEach(h -> {
            if (h.coordinating()) {
                structureIds.add(h.structureId());
            }
            h.professionals().forEach(p -> professionalIds.add(p.get("id").asString()));
        });
        Map<String, Tally> byStructure = new TreeMap<>();
        Map<String, Tally> byProfessional = new TreeMap<>();
        if (!hosts.isEmpty()) {
            List<Engagement> engagements = graph.read("coordination/engagements.cypher", Map.of(
                    "territoryIds", List.copyOf(scope.descendants()), "from", window.from(), "to", window.to(),
                    "structureIds", List.copyOf(structureIds), "professionalIds", List.copyOf(professionalIds),
                    "heldDays", HELD_DAYS, "frontierDays", FRONTIER_DAYS, "hospital", HOSPITAL),
                    r -> new Engagement(r.get("personId").asString(), r.get("structures").asList(Value::asString),
                            r.get("professionals").asList(Value::asString), r.get("held").asBoolean(),
                            r.get("frontier").asBoolean()));
            for (Engagement e : engagements) {
                e.structures().forEach(id -> byStructure.computeIfAbsent(id, k -> new Tally()).add(e));
                e.professionals().forEach(id -> byProfessional.computeIfAbsent(id, k -> new Tally()).add(e));
            }
        }
        List<CoordinatorsAnswer.StructureIdentity> structures = hosts.stream().filter(Host::coordinating)
                .map(h -> new CoordinatorsAnswer.StructureIdentity(h.structureId(), h.name(), h.type(), h.coordination(),
                        identity(byStructure.get(h.structureId()))))
                .toList();
        Map<String, CoordinatorsAnswer.ProfessionalIdentity> professionals = new TreeMap<>();
        for (Host h : hosts) {
            for (Value p : h.professionals()) {
                String id = p.get("id").asString();
                professionals.put(id, new CoordinatorsAnswer.ProfessionalIdentity(id, h.structureId(),
                        p.get("role").asString(null), identity(byProfessional.get(id))));
            }
        }
        return new CoordinatorsAnswer(new CoordinatorsAnswer.Rule(HELD_DAYS, FRONTIER_DAYS, HOSPITAL), structures,
                List.copyOf(professionals.values()));
    }

    /** The French name of a quadrant: "Référent parcours", "Consultant frontière"… */
    public static String label(String intervention, String perimeter) {
        return (REFERENT.equals(intervention) ? "Référent" : "Consultant") + " "
                + (FRONTIERE.equals(perimeter) ? "frontière" : "parcours");
    }

    /** The persons an actor was engaged with, held, and met at the hospital transition. */
    private static final class Tally {
        final Set<String> persons = new HashSet<>();
        final Set<String> held = new HashSet<>();
        final Set<String> frontier = new HashSet<>();

        void add(Engagement e) {
            persons.add(e.personId());
            if (e.held()) {
                held.add(e.personId());
            }
            if (e.frontier()) {
                frontier.add(e.personId());
            }
        }
    }

    private static CoordinatorsAnswer.Identity identity(Tally tally) {
        return tally == null ? classify(0, 0, 0)
                : classify(tally.persons.size(), tally.held.size(), tally.frontier.size());
    }

    /** The rule: more than half held makes a référent, more than half met at the hospital a frontière. */
    static CoordinatorsAnswer.Identity classify(long persons, long held, long frontier) {
        if (persons == 0) {
            return new CoordinatorsAnswer.Identity(0, 0, 0, null, null);
        }
        return new CoordinatorsAnswer.Identity(persons, held, frontier, 2 * held > persons ? REFERENT : CONSULTANT,
                2 * frontier > persons ? FRONTIERE : PARCOURS);
    }
}
