package fr.maillage.coordination;

import java.util.List;

import fr.maillage.access.PersonCount;

/**
 * The identities of a territory's coordinators over a window (identités des coordinateurs,
 * Aubert, Kletz, Sardas 2022): each coordination structure and professional on two axes, with the
 * counts the rule of {@link Coordinators} read, so that a pilot sees why. A planner reads the
 * counts of persons below 5 as "&lt;5"; a professional's id is no person's.
 *
 * @param rule          the thresholds the classification used
 * @param structures    the coordination structures of the territory's ecology, by id
 * @param professionals the coordination professionals working in the ecology during the window, by id
 */
public record CoordinatorsAnswer(Rule rule, List<StructureIdentity> structures, List<ProfessionalIdentity> professionals) {

    /**
     * @param heldDays      how long a referent or gestion_de_cas involvement must have lasted for the actor to hold the person
     * @param frontierDays  how far before an engagement a hospital event puts it at the hospital transition
     * @param hospitalTypes the structure types on the hospital side of that transition
     */
    public record Rule(int heldDays, int frontierDays, List<String> hospitalTypes) {
    }

    /** A coordination structure; {@code coordination} is its column's code (null when unknown). */
    public record StructureIdentity(String structureId, String name, String type, String coordination,
                                    Identity identity) {
    }

    /** A coordination professional of a structure of the ecology, with their role's code. */
    public record ProfessionalIdentity(String professionalId, String structureId, String role, Identity identity) {
    }

    /**
     * Where an actor stands, and the counts that put it there.
     *
     * @param persons         the persons of the territory it was engaged with in the window (an involvement active in it, a referral dated in it, sent or received)
     * @param heldPersons     those it held: a referent or gestion_de_cas involvement that lasted {@code heldDays} days or more
     * @param frontierPersons those it met at the hospital transition: an engagement with a hospital event in the {@code frontierDays} days before
     * @param intervention    {@code referent} when it held more than half of its persons, else {@code consultant}; null without persons
     * @param perimeter       {@code frontiere} when it met more than half of them at the hospital transition, else {@code parcours}; null without persons
     */
    public record Identity(@PersonCount long persons, @PersonCount long heldPersons, @PersonCount long frontierPersons,
                           String intervention, String perimeter) {
    }
}
