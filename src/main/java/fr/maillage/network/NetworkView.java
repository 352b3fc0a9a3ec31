package fr.maillage.network;

import fr.maillage.access.PersonCount;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code GET /api/territories/{id}/network}: the contract's keys ({@code nodes},
 * {@code links}, {@code partnerships}) ready for D3, with the extras the page's side panel uses
 * (every structure field, {@code inEcology}, {@code activity}). No person id, no exchange dates.
 */
public record NetworkView(String territoryId, LocalDate from, LocalDate to, List<StructureNode> nodes,
                          List<LinkView> links, List<DeclaredPartnership> partnerships) {

    /** An observed link as the page draws it. */
    public record LinkView(String source, String target, @PersonCount(includes = "sharedPersons") long weight,
                           long referrals, @PersonCount long sharedPersons) {
    }

    public static NetworkView of(MetaNetwork network) {
        return new NetworkView(network.territoryId(), network.window().from(), network.window().to(), network.nodes(),
                network.links().stream()
                        .map(l -> new LinkView(l.source(), l.target(), l.weight(), l.referrals(), l.sharedPersons()))
                        .toList(),
                network.partnerships());
    }
}
