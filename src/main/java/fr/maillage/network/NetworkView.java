package fr.maillage.network;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import fr.maillage.access.PersonCount;

/**
 * The answer of {@code GET /api/territories/{id}/network}: the contract's keys ({@code nodes},
 * {@code links}, {@code partnerships}) ready for D3, with the extras the page's side panel uses
 * (every structure field, {@code inEcology}, {@code activity}). No person id, no exchange dates.
 * Folded ({@link Fold}), it also says {@code fold} and {@code keep}, and each node whether it is a
 * group ({@code folded}) with its {@code memberCount} and {@code members}; unfolded, none of these
 * keys is written, so the answer is the contract's as before the fold existed.
 */
public record NetworkView(String territoryId, LocalDate from, LocalDate to, List<NodeView> nodes,
                          List<LinkView> links, List<DeclaredPartnership> partnerships,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String fold,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<String> keep) {

    /**
     * A node: the structure's fields (a group's: its id {@code type:<code>}, its name with its number
     * of members, its type, its members' most common sector and their territories; no activity).
     *
     * @param folded      folded answers only: true for a group
     * @param memberCount groups only: how many structures it stands for
     * @param members     groups only: those structures, in id order
     */
    public record NodeView(@JsonUnwrapped StructureNode structure,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Boolean folded,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer memberCount,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<Member> members) {
    }

    /** A structure folded into a group. */
    public record Member(String id, String name, boolean inEcology) {
    }

    /**
     * An observed link as the page draws it. A planner reads its counts under the small-cell rule;
     * a folded link adds up several pairs' shared persons, each small one hidden in the sum as a
     * structure's weighted degree hides them ({@code smallSharedPersons}, {@code smallPairs}: never written).
     */
    public record LinkView(String source, String target,
                           @PersonCount(includes = "smallSharedPersons", parts = "smallPairs") long weight,
                           long referrals,
                           @PersonCount(includes = "smallSharedPersons", parts = "smallPairs") long sharedPersons,
                           @JsonIgnore long smallSharedPersons, @JsonIgnore int smallPairs) {
    }

    public static NetworkView of(FoldedNetwork picture) {
        MetaNetwork network = picture.shown();
        boolean folded = picture.fold().coordination();
        return new NetworkView(network.territoryId(), network.window().from(), network.window().to(),
                network.nodes().stream().map(node -> node(node, folded, picture.membersOf(node.id()))).toList(),
                network.links().stream().map(l -> new LinkView(l.source(), l.target(), l.weight(), l.referrals(),
                        l.sharedPersons(), l.smallSharedPersons(), l.smallPairs())).toList(),
                network.partnerships(), folded ? "coordination" : null, folded ? picture.fold().keep() : null);
    }

    private static NodeView node(StructureNode node, boolean folded, List<StructureNode> members) {
        if (members == null) {
            return new NodeView(node, folded ? Boolean.FALSE : null, null, null);
        }
        return new NodeView(node, true, members.size(),
                members.stream().map(m -> new Member(m.id(), m.name(), m.inEcology())).toList());
    }
}
