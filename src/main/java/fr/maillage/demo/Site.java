package fr.maillage.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;

import fr.maillage.demo.StructureCatalog.Profile;
import fr.maillage.vocabulary.Complexity;
import fr.maillage.vocabulary.Domain;
import fr.maillage.vocabulary.Role;
import fr.maillage.vocabulary.Sector;
import fr.maillage.vocabulary.StructureType;

/** A generated structure and its staff, as the persons' stories see it. */
final class Site {

    /** A generated professional. */
    record Staff(String id, Role role, Site site, Role origin, LocalDate since, LocalDate until) {
        /** A start drawn after the structure closed (a short-lived one) becomes its closing day: the contract wants until >= since. */
        Staff {
            if (since != null && until != null && since.isAfter(until)) {
                since = until;
            }
        }
    }

    final String id;
    String name;
    /** The profile's lists as sets: "handles" is asked millions of times for a country. */
    private final Set<Domain> domains;
    private final Set<Complexity> levels;
    final Profile profile;
    List<String> territoryIds;
    /**
     * For a structure given a sector in proportion to its places: the share of each of its
     * places' (leaves') persons who turn to it (leaf id to 0..1); empty otherwise.
     */
    final Map<String, Double> shares = new LinkedHashMap<>();
    final List<Staff> staff = new ArrayList<>();
    Sector sector;
    LocalDate opened;
    LocalDate closed;
    Integer capacity;
    Site porteur;
    /** The structure that took this one over on its closing day (absorption, today mostly into the DAC). */
    Site absorbedInto;

    Site(String id, String name, Profile profile, List<String> territoryIds) {
        this.id = id;
        this.name = name;
        this.profile = profile;
        this.territoryIds = List.copyOf(territoryIds);
        this.sector = profile.sector();
        this.domains = profile.domains().isEmpty() ? EnumSet.noneOf(Domain.class) : EnumSet.copyOf(profile.domains());
        this.levels = profile.complexity().isEmpty() ? EnumSet.allOf(Complexity.class)
                : EnumSet.copyOf(profile.complexity());
    }

    boolean handlesDomain(Domain domain) {
        return domains.contains(domain);
    }

    StructureType type() {
        return profile.type();
    }

    boolean openOn(LocalDate date) {
        return (opened == null || !opened.isAfter(date)) && (closed == null || !closed.isBefore(date));
    }

    /** The contract's "handles": domain, complexity level, minimum age, APA, open on the date. */
    boolean handles(Domain need, Complexity complexity, int age, boolean apa, LocalDate date) {
        return domains.contains(need)
                && levels.contains(complexity)
                && (profile.minAge() == null || age >= profile.minAge())
                && (!Boolean.TRUE.equals(profile.requiresApa()) || apa)
                && openOn(date);
    }

    /** Staff working there on the date, with one of the roles (any role when none given). */
    List<Staff> staffOn(LocalDate date, Role... roles) {
        List<Staff> found = new ArrayList<>();
        for (Staff s : staff) {
            boolean working = (s.since() == null || !s.since().isAfter(date)) && (s.until() == null || !s.until().isBefore(date));
            if (working && (roles.length == 0 || List.of(roles).contains(s.role()))) {
                found.add(s);
            }
        }
        return found;
    }
}
