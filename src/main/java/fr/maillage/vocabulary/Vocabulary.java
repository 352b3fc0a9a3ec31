package fr.maillage.vocabulary;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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
        all.put("meetingTable", MeetingTable.class);
        all.put("funder", Funder.class);
        all.put("fundingPurpose", FundingPurpose.class);
        return Map.copyOf(all);
    }

    /**
     * Each vocabulary's constants by code, computed once: an import checks a code in every cell of
     * its code columns, and {@link Coded#code()} lower-cases the constant's name at each call.
     */
    private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> vocabulary) {
            Map<String, Object> byCode = new HashMap<>();
            for (Object constant : vocabulary.getEnumConstants()) {
                byCode.put(((Coded) constant).code(), constant);
            }
            return Collections.unmodifiableMap(byCode);
        }
    };

    /** The constant whose code is {@code code}, if any. */
    public static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> vocabulary, String code) {
        return Optional.ofNullable(vocabulary.cast(BY_CODE.get(vocabulary).get(code)));
    }

    /** The codes of a vocabulary, in the contract's order. */
    public static List<String> codes(Class<? extends Enum<?>> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(c -> ((Coded) c).code()).toList();
    }
}
