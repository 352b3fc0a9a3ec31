package fr.maillage.db;

/**
 * This instance's readers went on to a version another instance published ({@link PublicationGate}):
 * what an instance's own import tells with its end, for the work derived from the data.
 *
 * @param version the published version now read
 */
public record VersionAdopted(long version) {
}
