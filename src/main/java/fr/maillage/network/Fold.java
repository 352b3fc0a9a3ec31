package fr.maillage.network;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.maillage.api.BadParameterException;
import fr.maillage.vocabulary.CoordinationMode;
import fr.maillage.vocabulary.StructureType;
import fr.maillage.vocabulary.Vocabulary;

/**
 * How the méta-réseau is shown (pliage du méta-réseau, issue 13 item 7): whole, or folded around
 * its coordination structures so that the picture a pilot projects at the table stratégique stays
 * readable. Folded, the structures whose declared coordination is their mission
 * ({@code coordination = mission} in structures.csv) and those the user keeps stay themselves; every
 * other structure joins the one node of its type, {@code type:<code>}, named with the type's plural
 * and its number of members ("Médecins libéraux (34)"). A type with a single structure left to fold
 * stays that structure: a group of one says less than its name. The edges to and between groups add
 * up their members' referrals and shared persons (so their weights); exchanges between two members of
 * one group would be a loop and are not drawn. The referral arcs are added up the same way, and the
 * declared partnerships follow their ends, one each.
 *
 * @param coordination whether to fold
 * @param keep         the structures kept apart besides the coordination ones, in the order asked, distinct
 */
public record Fold(boolean coordination, List<String> keep) {

    /** The whole méta-réseau. */
    public static final Fold NONE = new Fold(false, List.of());
    /** Folded around the coordination structures, none kept besides them. */
    public static final Fold COORDINATION = new Fold(true, List.of());
    /** The most structures {@code keep} may name: a pilot picks a few, and each one is looked for among the nodes. */
    public static final int MAX_KEPT = 100;
    /** The start of a group's id: {@code type:medecin_liberal}. */
    public static final String GROUP = "type:";

    private static final Map<String, Boolean> MODES = Map.of("coordination", true, "none", false);
    private static final int SHOWN_ID = 60;

    public Fold {
        keep = List.copyOf(keep);
    }

    /**
     * The fold the query parameters ask for: {@code fold} is {@code coordination} or {@code none}
     * ({@code byDefault} when absent or blank), {@code keep} structure ids separated by {@code ;}
     * (ids never hold one: the contract's lists of ids are {@code ;}-separated). 400 naming the
     * parameter for any other mode, more than {@value #MAX_KEPT} ids, or ids without a fold.
     */
    public static Fold of(String fold, String keep, Fold byDefault) {
        boolean folded = byDefault.coordination();
        if (fold != null && !fold.isBlank()) {
            Boolean mode = MODES.get(fold.strip());
            if (mode == null) {
                throw new BadParameterException("fold", "Paramètre « fold » invalide : « " + shown(fold)
                        + " » (valeurs possibles : coordination, none)");
            }
            folded = mode;
        }
        List<String> ids = keep == null ? List.of() : Arrays.stream(keep.split(";")).map(String::strip)
                .filter(id -> !id.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        if (ids.size() > MAX_KEPT) {
            throw new BadParameterException("keep", "Paramètre « keep » : " + ids.size() + " structures demandées, "
                    + MAX_KEPT + " au plus");
        }
        if (!ids.isEmpty() && !folded) {
            throw new BadParameterException("keep", "Paramètre « keep » : il ne sert qu'avec fold=coordination "
                    + "(les structures à garder à part du regroupement par type)");
        }
        return new Fold(folded, ids);
    }

    /** The query parameters that ask for this fold, each after a {@code &}: for a link or an export's header. */
    public String query() {
        if (!coordination) {
            return "&fold=none";
        }
        return "&fold=coordination" + (keep.isEmpty() ? ""
                : "&keep=" + URLEncoder.encode(String.join(";", keep), StandardCharsets.UTF_8));
    }

    /**
     * The méta-réseau {@code whole} as this fold shows it; 400 naming {@code keep} when one of its
     * ids is not a node of {@code whole} (whether it exists elsewhere is not said).
     */
    public FoldedNetwork apply(MetaNetwork whole) {
        if (!coordination) {
            return new FoldedNetwork(this, whole, whole, Map.of());
        }
        Map<String, StructureNode> byId = whole.nodesById();
        for (String id : keep) {
            if (!byId.containsKey(id)) {
                throw new BadParameterException("keep", "Paramètre « keep » : la structure « " + shown(id)
                        + " » n'est pas dans le méta-réseau de ce territoire sur cette période");
            }
        }
        Set<String> kept = Set.copyOf(keep);
        Map<String, List<StructureNode>> byType = new TreeMap<>();
        for (StructureNode node : whole.nodes()) {
            if (!CoordinationMode.MISSION.code().equals(node.coordination()) && !kept.contains(node.id())) {
                byType.computeIfAbsent(GROUP + Objects.requireNonNullElse(node.type(), "inconnu"), k -> new ArrayList<>())
                        .add(node);
            }
        }
        Map<String, List<StructureNode>> members = new TreeMap<>();
        Map<String, String> shownAs = new HashMap<>();
        byType.forEach((group, list) -> {
            if (list.size() > 1) {
                members.put(group, List.copyOf(list));
                list.forEach(node -> shownAs.put(node.id(), group));
            }
        });
        Function<String, String> end = id -> shownAs.getOrDefault(id, id);
        List<StructureNode> nodes = new ArrayList<>(whole.nodes().stream().filter(n -> !shownAs.containsKey(n.id())).toList());
        members.forEach((group, list) -> nodes.add(group(group, list)));
        nodes.sort(Comparator.comparing(StructureNode::id));
        MetaNetwork shown = MetaNetwork.of(whole.territoryId(), whole.window(), nodes, links(whole.links(), end),
                arcs(whole.arcs(), end), partnerships(whole.partnerships(), end));
        return new FoldedNetwork(this, whole, shown, members);
    }

    /** The node of a group: its type, the sector most of its members have, the territories they cover. */
    private static StructureNode group(String id, List<StructureNode> members) {
        String type = members.get(0).type();
        String name = Vocabulary.parse(StructureType.class, Objects.requireNonNullElse(type, ""))
                .map(StructureType::plural).orElse(type == null ? "Type non renseigné" : type) + " (" + members.size() + ")";
        Map<String, Long> sectors = members.stream().filter(m -> m.sector() != null)
                .collect(Collectors.groupingBy(StructureNode::sector, TreeMap::new, Collectors.counting()));
        String sector = sectors.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.<String, Long>comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
        List<String> territories = List.copyOf(members.stream().flatMap(m -> m.territoryIds().stream())
                .collect(Collectors.toCollection(TreeSet::new)));
        return new StructureNode(id, name, type, sector, List.of(), List.of(), List.of(), null, null, null, null, null,
                null, null, territories, null, members.stream().anyMatch(StructureNode::inEcology), null);
    }

    private static List<Link> links(List<Link> links, Function<String, String> end) {
        Map<List<String>, List<Link>> byPair = new TreeMap<>(PAIRS);
        for (Link link : links) {
            List<String> pair = pair(end.apply(link.source()), end.apply(link.target()));
            if (pair != null) {
                byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(link);
            }
        }
        List<Link> folded = new ArrayList<>(byPair.size());
        byPair.forEach((pair, parts) -> folded.add(parts.size() == 1 && parts.get(0).source().equals(pair.get(0))
                && parts.get(0).target().equals(pair.get(1)) ? parts.get(0) : new Link(pair.get(0), pair.get(1),
                parts.stream().mapToLong(Link::referrals).sum(), parts.stream().mapToLong(Link::sharedPersons).sum(),
                parts.stream().flatMap(l -> l.referralDates().stream()).sorted().toList(),
                parts.stream().flatMap(l -> l.sharedPersonDates().stream()).sorted().toList(),
                parts.stream().mapToLong(Link::smallSharedPersons).sum(), parts.stream().mapToInt(Link::smallPairs).sum())));
        return folded;
    }

    private static List<ReferralArc> arcs(List<ReferralArc> arcs, Function<String, String> end) {
        Map<List<String>, List<ArcReferral>> byArc = new TreeMap<>(PAIRS);
        for (ReferralArc arc : arcs) {
            String source = end.apply(arc.source());
            String target = end.apply(arc.target());
            if (!source.equals(target)) {
                byArc.computeIfAbsent(List.of(source, target), k -> new ArrayList<>()).addAll(arc.referrals());
            }
        }
        List<ReferralArc> folded = new ArrayList<>(byArc.size());
        byArc.forEach((arc, referrals) -> folded.add(new ReferralArc(arc.get(0), arc.get(1),
                referrals.stream().sorted(Comparator.comparing(ArcReferral::date)).toList())));
        return folded;
    }

    private static List<DeclaredPartnership> partnerships(List<DeclaredPartnership> partnerships, Function<String, String> end) {
        List<DeclaredPartnership> folded = new ArrayList<>();
        for (DeclaredPartnership p : partnerships) {
            List<String> pair = pair(end.apply(p.source()), end.apply(p.target()));
            if (pair != null) {
                folded.add(new DeclaredPartnership(pair.get(0), pair.get(1), p.kind(), p.since(), p.until(), p.strength()));
            }
        }
        folded.sort(Comparator.comparing(DeclaredPartnership::source).thenComparing(DeclaredPartnership::target)
                .thenComparing(DeclaredPartnership::kind, Comparator.nullsFirst(Comparator.naturalOrder())));
        return folded;
    }

    private static final Comparator<List<String>> PAIRS = Comparator.<List<String>, String>comparing(p -> p.get(0))
            .thenComparing(p -> p.get(1));

    /** The two ends in id order, or null for a loop. */
    private static List<String> pair(String a, String b) {
        int order = a.compareTo(b);
        return order == 0 ? null : order < 0 ? List.of(a, b) : List.of(b, a);
    }

    /** A value as an error message names it: a 100,000-character one is cut. */
    private static String shown(String value) {
        return value.length() <= SHOWN_ID ? value : value.substring(0, SHOWN_ID) + "…";
    }
}
