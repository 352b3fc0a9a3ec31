package fr.maillage.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import fr.maillage.analysis.offer.Offer;
import fr.maillage.analysis.offer.Offers;
import fr.maillage.analysis.orphans.OrphanSituation;
import fr.maillage.person.PersonState;
import fr.maillage.person.PersonStates;
import fr.maillage.territory.Territories;
import fr.maillage.territory.Territory;

/**
 * The structures nearest to covering an uncovered need (structures les plus proches de couvrir
 * un besoin): for a domain d that no structure serving a person's territory handles for them,
 * the structures that would handle it but for exactly one criterion. The candidates are the
 * ecology of T's parent (T's own when it has none), so neighbouring territories count.
 *
 * <p>Each criterion is tested by lifting it and asking {@link Offer#handles} again, so the
 * contract's definition of "handles" stays in one place.
 */
@Service
public class NearestStructures {

    /** At most this many structures are proposed per domain. */
    static final int PER_DOMAIN = 3;

    private final Territories territories;
    private final PersonStates personStates;
    private final Offers offers;

    public NearestStructures(Territories territories, PersonStates personStates, Offers offers) {
        this.territories = territories;
        this.personStates = personStates;
        this.offers = offers;
    }

    /** What keeps a structure from handling a need: the one criterion a person fails. */
    public enum Criterion {
        AGE("âge minimum"),
        APA("APA exigée"),
        COMPLEXITY("niveau de complexité non pris en charge"),
        CLOSED("fermée ou pas encore ouverte à cette date"),
        NEIGHBOURING_TERRITORY("dessert un territoire voisin, pas celui de la personne");

        private final String label;

        Criterion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A structure kept from a domain by one criterion, with the persons it would then cover. */
    public record Candidate(Offer structure, Criterion criterion, long persons) {
    }

    /** For each uncovered domain of {@code orphans} (T's, on {@code asOf}), its nearest structures. */
    public Map<String, List<Candidate>> of(Territory territory, LocalDate asOf, List<OrphanSituation> orphans) {
        List<OrphanSituation> uncovered = orphans.stream().filter(o -> !o.uncoveredNeeds().isEmpty()).toList();
        if (uncovered.isEmpty()) {
            return Map.of();
        }
        Set<String> ids = uncovered.stream().map(OrphanSituation::personId).collect(Collectors.toSet());
        Map<String, PersonState> persons = personStates.of(territory.id(), asOf).stream()
                .filter(p -> ids.contains(p.personId()))
                .collect(Collectors.toMap(PersonState::personId, Function.identity()));
        String pool = territory.parentId() != null ? territory.parentId() : territory.id();
        Set<String> candidates = new HashSet<>(territories.scope(pool).ecology());
        candidates.addAll(territories.scope(territory.id()).ecology());
        List<Offer> structures = offers.of(candidates);
        Map<String, Set<String>> serving = territories.servingByTerritory(
                persons.values().stream().map(PersonState::territoryId).collect(Collectors.toSet()));

        Map<String, Map<String, Set<String>>> personsByDomainAndCandidate = new LinkedHashMap<>();
        Map<String, Candidate> keys = new LinkedHashMap<>();
        for (OrphanSituation orphan : uncovered) {
            PersonState person = persons.get(orphan.personId());
            if (person == null) {
                continue;
            }
            Set<String> servingPerson = serving.getOrDefault(person.territoryId(), Set.of());
            for (String domain : orphan.uncoveredNeeds()) {
                for (Offer structure : structures) {
                    blocking(structure, domain, person, asOf, servingPerson.contains(structure.id())).ifPresent(c -> {
                        String key = structure.id() + "|" + c;
                        keys.putIfAbsent(key, new Candidate(structure, c, 0));
                        personsByDomainAndCandidate.computeIfAbsent(domain, d -> new LinkedHashMap<>())
                                .computeIfAbsent(key, k -> new HashSet<>()).add(person.personId());
                    });
                }
            }
        }
        Map<String, List<Candidate>> nearest = new LinkedHashMap<>();
        personsByDomainAndCandidate.forEach((domain, byKey) -> {
            List<Candidate> ranked = new ArrayList<>();
            byKey.forEach((key, who) -> {
                Candidate c = keys.get(key);
                ranked.add(new Candidate(c.structure(), c.criterion(), who.size()));
            });
            ranked.sort(Comparator.comparingLong(Candidate::persons).reversed()
                    .thenComparing(c -> c.structure().id()));
            nearest.put(domain, List.copyOf(ranked.subList(0, Math.min(PER_DOMAIN, ranked.size()))));
        });
        return nearest;
    }

    /** The one criterion keeping {@code structure} from handling {@code domain} for the person, if exactly one. */
    static Optional<Criterion> blocking(Offer structure, String domain, PersonState person, LocalDate asOf,
                                       boolean servesPerson) {
        if (!structure.domains().contains(domain)) {
            return Optional.empty();
        }
        if (structure.handles(domain, person, asOf)) {
            return servesPerson ? Optional.empty() : Optional.of(Criterion.NEIGHBOURING_TERRITORY);
        }
        if (!servesPerson) {
            return Optional.empty();
        }
        PersonState ageless = new PersonState(person.personId(), person.territoryId(), null, person.complexity(),
                person.needs(), person.apa(), person.closed());
        PersonState withoutApaRule = new PersonState(person.personId(), person.territoryId(), person.birthYear(),
                person.complexity(), person.needs(), null, person.closed());
        PersonState anyComplexity = new PersonState(person.personId(), person.territoryId(), person.birthYear(), null,
                person.needs(), person.apa(), person.closed());
        Offer alwaysOpen = new Offer(structure.id(), structure.name(), structure.type(), structure.sector(),
                structure.coordination(), structure.domains(), structure.complexity(), structure.stages(), structure.minAge(),
                structure.requiresApa(), null, null);
        if (structure.handles(domain, ageless, asOf)) {
            return Optional.of(Criterion.AGE);
        }
        if (structure.handles(domain, withoutApaRule, asOf)) {
            return Optional.of(Criterion.APA);
        }
        if (structure.handles(domain, anyComplexity, asOf)) {
            return Optional.of(Criterion.COMPLEXITY);
        }
        if (alwaysOpen.handles(domain, person, asOf)) {
            return Optional.of(Criterion.CLOSED);
        }
        return Optional.empty();
    }
}
