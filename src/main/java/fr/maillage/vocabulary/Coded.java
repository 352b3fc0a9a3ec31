package fr.maillage.vocabulary;

/** A code of the contract's vocabularies, with the French label the page shows for it. */
public interface Coded {

    /** The lower-case code used in bundles and the API: the constant's name in lower case. */
    default String code() {
        return ((Enum<?>) this).name().toLowerCase(java.util.Locale.ROOT);
    }

    String label();

    /** The plain-French sentence the page shows beside the term, where it explains one; null otherwise. */
    default String explanation() {
        return null;
    }
}
