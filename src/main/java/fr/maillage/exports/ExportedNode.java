package fr.maillage.exports;

/**
 * A structure of the méta-réseau with its key-partner measures (partenaires clés), as defined in the
 * contract's "Key partners" section; the brokerage counts are the Gould-Fernandez roles.
 *
 * @param smallSharedPersons the shared persons of its edges whose count is small, in all: with
 *                           {@code smallLinks}, what a planner's weighted degree needs
 *                           ({@link ExportColumns#NODE_AGGREGATES}); never written itself
 * @param smallLinks         how many edges those are; never written either
 * @param members            for a group of a folded export ({@code fr.maillage.network.Fold}), how many
 *                           structures it stands for, its measures being meaningless (written empty); null
 *                           for a structure
 */
public record ExportedNode(String id, String name, String type, String sector,
                           long degree, long weightedDegree, double betweenness, double pagerank,
                           boolean articulationPoint, double crossSectorShare,
                           long coordinator, long itinerant, long gatekeeper, long representative, long liaison,
                           long regularity, long smallSharedPersons, long smallLinks, Long members) {

    /** A structure with its measures. */
    public ExportedNode(String id, String name, String type, String sector,
                        long degree, long weightedDegree, double betweenness, double pagerank,
                        boolean articulationPoint, double crossSectorShare,
                        long coordinator, long itinerant, long gatekeeper, long representative, long liaison,
                        long regularity, long smallSharedPersons, long smallLinks) {
        this(id, name, type, sector, degree, weightedDegree, betweenness, pagerank, articulationPoint, crossSectorShare,
                coordinator, itinerant, gatekeeper, representative, liaison, regularity, smallSharedPersons, smallLinks,
                null);
    }

    /** Whether it is a group of a folded export. */
    public boolean folded() {
        return members != null;
    }
}
