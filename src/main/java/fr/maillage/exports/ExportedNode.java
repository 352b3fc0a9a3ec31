package fr.maillage.exports;

/**
 * A structure of the méta-réseau with its key-partner measures (partenaires clés), as defined in the
 * contract's "Key partners" section; the brokerage counts are the Gould-Fernandez roles.
 */
public record ExportedNode(String id, String name, String type, String sector,
                           long degree, long weightedDegree, double betweenness, double pagerank,
                           boolean articulationPoint, double crossSectorShare,
                           long coordinator, long itinerant, long gatekeeper, long representative, long liaison,
                           long regularity) {
}
