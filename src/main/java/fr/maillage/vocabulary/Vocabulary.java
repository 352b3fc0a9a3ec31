package fr.maillage.vocabulary;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every vocabulary of the contract, by the name the contract and the page use for it. */
public final class Vocabulary {

    /** Vocabulary name (as in the contract) to its enum. */
    public static final Map<String, Class<? extends Enum<?>>> ALL = all();

    private Vocabulary() {
    }

    private static Map<String, Class<? extends Enum<?>>> all() {
        Map<String, Class<? extends Enum<?>>> all = new LinkedHashMap<>();
        all.put("sector", Sector.class);
        all.put("type", StructureType.class);
        all.put("domain", Domain.class);
        all.put("complexity", Complexity.class);
        all.put("stage", Stage.class);
        all.put("approach", Approach.class);
        all.put("coordination", CoordinationMode.class);
        all.put("referralStatus", ReferralStatus.class);
        all.put("involvementKind", InvolvementKind.class);
        all.put("endReason", EndReason.class);
        all.put("role", Role.class);
        all.put("territoryKind", TerritoryKind.class);
        all.put("partnershipKind", PartnershipKind.class);
        return Map.copyOf(all);
    }

    /** The constant whose code is {@code code}, if any. */
    public static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> vocabulary, String code) {
        for (E constant : vocabulary.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The codes of a vocabulary, in the contract's order. */
    public static List<String> codes(Class<? extends Enum<?>> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(c -> ((Coded) c).code()).toList();
    }
}
