package fr.maillage.analysis.offer;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

import fr.maillage.person.PersonState;
import fr.maillage.vocabulary.Complexity;
import fr.maillage.vocabulary.Domain;
import fr.maillage.vocabulary.Stage;
import fr.maillage.vocabulary.Vocabulary;

/**
 * What a structure offers (offre d'une structure): the domains, complexity levels and stages it
 * handles, its eligibility rules and its opening dates. Empty complexity or stages mean all
 * levels or stages; unknown min_age, requires_apa or dates restrict nothing.
 *
 * @param coordination the place of coordination in its work ({@code mission}, {@code activite},
 *                     {@code aucune}); {@code null} when unknown
 */
public record Offer(String id, String name, String type, String sector, String coordination, List<String> domains,
                    List<String> complexity, List<String> stages, Long minAge, Boolean requiresApa,
                    LocalDate opened, LocalDate closed) {

    public Offer {
        domains = List.copyOf(domains);
        complexity = List.copyOf(complexity);
        stages = List.copyOf(stages);
    }

    /** Open on {@code date}: opened empty or on or before it, closed empty or on or after it. */
    public boolean openOn(LocalDate date) {
        return (opened == null || !opened.isAfter(date)) && (closed == null || !closed.isBefore(date));
    }

    /** Open on at least one day of {@code [from, to]}. */
    public boolean openDuring(LocalDate from, LocalDate to) {
        return (opened == null || !opened.isAfter(to)) && (closed == null || !closed.isBefore(from));
    }

    /**
     * The contract's "handles a person's need domain d on D": d is one of its domains, the
     * person's complexity is one of its levels, their age is at least min_age,
     * requires_apa=true implies APA, and it is open on D. Unknown person values never exclude.
     */
    public boolean handles(String domain, PersonState person, LocalDate date) {
        Integer age = person.ageOn(date);
        return domains.contains(domain)
                && (complexity.isEmpty() || person.complexity() == null || complexity.contains(person.complexity()))
                && (minAge == null || age == null || age >= minAge)
                && (!Boolean.TRUE.equals(requiresApa) || !Boolean.FALSE.equals(person.apa()))
                && openOn(date);
    }

    /**
     * The overlaps' coverage: the (domain, complexity level, stage) triples it handles, one bit
     * per triple. No domain covers nothing; codes outside the vocabularies are ignored.
     */
    public BitSet coverage() {
        Complexity[] levels = Complexity.values();
        Stage[] allStages = Stage.values();
        BitSet triples = new BitSet();
        for (String domainCode : domains) {
            Vocabulary.parse(Domain.class, domainCode).ifPresent(domain -> {
                for (Complexity level : levels) {
                    for (Stage stage : allStages) {
                        if ((complexity.isEmpty() || complexity.contains(level.code()))
                                && (stages.isEmpty() || stages.contains(stage.code()))) {
                            triples.set((domain.ordinal() * levels.length + level.ordinal()) * allStages.length
                                    + stage.ordinal());
                        }
                    }
                }
            });
        }
        return triples;
    }
}
