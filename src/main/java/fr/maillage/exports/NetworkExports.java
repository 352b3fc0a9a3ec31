package fr.maillage.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;

import fr.maillage.analysis.partners.KeyPartner;
import fr.maillage.analysis.partners.KeyPartners;
import fr.maillage.api.Window;
import fr.maillage.db.Graph;
import fr.maillage.network.Fold;
import fr.maillage.network.FoldedNetwork;
import fr.maillage.network.Link;
import fr.maillage.network.MetaNetwork;
import fr.maillage.network.MetaNetworks;
import fr.maillage.network.StructureNode;

/**
 * Exports of the méta-réseau for researchers (exports de recherche): the ONE projection
 * {@link MetaNetworks#project}, whole or folded ({@link Fold}), and the key partners measured on it
 * ({@link KeyPartners#ranked}), written in a file format with a reproducibility header. Nodes are
 * structures (or groups of them) only; no person id is ever read.
 */
@Service
public class NetworkExports {

    private final MetaNetworks metaNetworks;
    private final KeyPartners keyPartners;
    private final Graph graph;
    private final String maillageVersion;

    public NetworkExports(MetaNetworks metaNetworks, KeyPartners keyPartners, Graph graph,
                          ObjectProvider<BuildProperties> build) {
        this.metaNetworks = metaNetworks;
        this.keyPartners = keyPartners;
        this.graph = graph;
        // build-info.properties comes from the Maven build; a run from an IDE has none.
        BuildProperties properties = build.getIfAvailable();
        this.maillageVersion = properties != null ? properties.getVersion() : "développement";
    }

    /**
     * The méta-réseau of {@code territoryId} over {@code window} as {@code fold} shows it, ready to
     * write; 404 for an unknown territory, 400 for a kept structure that is not one of its nodes.
     * Structures carry their measures in the whole méta-réseau, groups none (see {@link FoldedNetwork}).
     *
     * @param aggregatesOnly for a planner: small counts of persons hidden, and no day of exchange
     *                       that comes from a shared person (one person's follow-up would show in it)
     */
    public ExportedNetwork network(String territoryId, Window window, ExportFormat format, boolean aggregatesOnly,
                                   Fold fold) {
        MetaNetwork whole = metaNetworks.project(territoryId, window);
        FoldedNetwork picture = fold.apply(whole);
        Map<String, KeyPartner> partners = keyPartners.ranked(whole).stream()
                .collect(Collectors.toMap(KeyPartner::structureId, Function.identity()));
        List<ExportedNode> nodes = picture.shown().nodes().stream()
                .map(node -> node(node, partners.get(node.id()), picture.membersOf(node.id()))).toList();
        List<ExportedEdge> edges = picture.shown().links().stream().map(link -> edge(link, aggregatesOnly)).toList();
        List<ExportedPartnership> partnerships = picture.shown().partnerships().stream()
                .map(p -> new ExportedPartnership(p.source(), p.target(), p.kind(), p.since(), p.until(), p.strength()))
                .toList();
        String query = "GET /api/territories/" + territoryId + "/export?format=" + format.code()
                + "&from=" + window.from() + "&to=" + window.to() + (fold.coordination() ? fold.query() : "");
        ExportHeader header = new ExportHeader(query, territoryId, window, dataVersion(),
                ExportColumns.fingerprint(nodes, edges, partnerships, aggregatesOnly, fold.coordination()),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), maillageVersion);
        return new ExportedNetwork(header, nodes, edges, partnerships, aggregatesOnly, fold.coordination());
    }

    private String dataVersion() {
        List<String> latest = graph.read("exports/data-version.cypher", Map.of(),
                r -> "import " + r.get("importId").asString() + " (" + r.get("finishedAt").asString() + ")");
        return latest.isEmpty() ? "aucun import enregistré" : latest.get(0);
    }

    private static ExportedNode node(StructureNode node, KeyPartner partner, List<StructureNode> members) {
        if (members != null) {
            return new ExportedNode(node.id(), node.name(), node.type(), node.sector(), 0, 0, 0, 0, false, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, (long) members.size());
        }
        return new ExportedNode(node.id(), node.name(), node.type(), node.sector(), partner.degree(),
                partner.weightedDegree(), partner.betweenness(), partner.pagerank(), partner.articulationPoint(),
                partner.crossSectorShare(), partner.brokerage().coordinator(), partner.brokerage().itinerant(),
                partner.brokerage().gatekeeper(), partner.brokerage().representative(), partner.brokerage().liaison(),
                partner.regularity(), partner.smallSharedPersons(), partner.smallLinks());
    }

    private static ExportedEdge edge(Link link, boolean aggregatesOnly) {
        TreeSet<LocalDate> days = new TreeSet<>(link.referralDates());
        if (!aggregatesOnly) {
            days.addAll(link.sharedPersonDates());
        }
        return new ExportedEdge(link.source(), link.target(), link.weight(), link.referrals(), link.sharedPersons(),
                List.copyOf(days), link.smallSharedPersons(), link.smallPairs());
    }
}
