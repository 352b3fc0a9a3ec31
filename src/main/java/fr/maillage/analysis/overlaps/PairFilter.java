package fr.maillage.analysis.overlaps;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import fr.maillage.analysis.offer.Offer;
import fr.maillage.api.BadParameterException;
import fr.maillage.vocabulary.Coded;
import fr.maillage.vocabulary.CoordinationMode;
import fr.maillage.vocabulary.StructureType;
import fr.maillage.vocabulary.Vocabulary;

/**
 * Which structure pairs of the overlaps a pilot asks to see (filtre des paires): a pair is kept
 * when <em>both</em> its structures are of one of {@code types} and both have one of the
 * {@code coordination} modes, so that {@code types=dac,clic,maia} shows the coordination bodies
 * claiming the same ground, without the thousands of pairs of cabinets médicaux. An empty set
 * restricts nothing; a structure whose type or coordination mode is unknown passes no filter
 * that names some.
 *
 * @param types        structure type codes ({@code StructureType})
 * @param coordination coordination mode codes ({@code CoordinationMode}: mission, activite, aucune)
 */
public record PairFilter(Set<String> types, Set<String> coordination) {

    public static final PairFilter ALL = new PairFilter(Set.of(), Set.of());

    public PairFilter {
        types = Set.copyOf(types);
        coordination = Set.copyOf(coordination);
    }

    /**
     * The filter of the query parameters {@code types} and {@code coordination}, each a
     * comma-separated list of codes (blank or absent: no restriction); an unknown code is a 400
     * naming its parameter.
     */
    public static PairFilter of(String types, String coordination) {
        return new PairFilter(codes("types", types, StructureType.class),
                codes("coordination", coordination, CoordinationMode.class));
    }

    /** Whether {@code structure} may be one of a kept pair. */
    boolean passes(Offer structure) {
        return passes(types, structure.type()) && passes(coordination, structure.coordination());
    }

    private static boolean passes(Set<String> codes, String code) {
        return codes.isEmpty() || code != null && codes.contains(code);
    }

    private static <E extends Enum<E> & Coded> Set<String> codes(String parameter, String value, Class<E> vocabulary) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> codes = Arrays.stream(value.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String code : codes) {
            if (Vocabulary.parse(vocabulary, code).isEmpty()) {
                throw new BadParameterException(parameter, "Paramètre « " + parameter + " » : code inconnu « " + code
                        + " » (codes possibles : " + String.join(", ", Vocabulary.codes(vocabulary)) + ")");
            }
        }
        return codes;
    }
}
