package fr.maillage.db;

/**
 * The version of the data readers see (version des données): two reads at the same version see
 * the same data, so an answer computed at one version may be given again at that version. The
 * one place the rest of the app learns it from ({@link AnswerCache} keys its answers by it).
 */
public interface DataVersion {

    /** The version now; it changes whenever the data readers see may have changed. */
    long current();
}
