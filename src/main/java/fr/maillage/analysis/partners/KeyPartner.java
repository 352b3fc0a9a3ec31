package fr.maillage.analysis.partners;

/**
 * One structure of the méta-réseau with its key-partner measures (partenaires clés), the
 * contract's row of {@code GET /api/territories/{id}/key-partners}. See {@link Measure} for what
 * each measure means.
 */
public record KeyPartner(String structureId, String name, String sector, int degree, long weightedDegree,
                         double betweenness, double pagerank, boolean articulationPoint, double crossSectorShare,
                         BrokerageRoles brokerage, int regularity) {
}
