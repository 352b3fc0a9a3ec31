package fr.maillage.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import fr.maillage.api.Years;
import fr.maillage.db.AnswerCache;
import fr.maillage.db.Graph;
import fr.maillage.network.DeclaredPartnership;
import fr.maillage.network.Link;
import fr.maillage.network.MetaNetwork;
import fr.maillage.network.MetaNetworks;
import fr.maillage.territory.Territories;
import fr.maillage.territory.TerritoryScope;

/**
 * The history of territory T over calendar years (histoire du territoire, issue 13): per year the
 * structures of T's ecology open (on at least one day of it), opened, closed and absorbed, and
 * the size of the méta-réseau of that calendar year (v1.3, as {@code /network} answers for the
 * window 1 January to 31 December); each structure's phase in each year ({@link LifeCycle}); and
 * for each structure of the ecology absorbed in those years, what became of its partners'
 * exchanges ({@link Mergers}).
 *
 * <p>Every méta-réseau is read through {@link MetaNetworks}, so a year the page then draws is
 * projected once; the answer is shared per territory, years and data version. A span of {@code n}
 * years projects {@code n} calendar years, up to {@value LifeCycle#DEVELOPMENT_YEARS} − 1 before
 * it for structures still developing at its start, and two 12-month windows per absorption.
 */
@Service
public class History {

    private final Graph graph;
    private final Territories territories;
    private final MetaNetworks metaNetworks;
    private final AnswerCache answers;

    public History(Graph graph, Territories territories, MetaNetworks metaNetworks, AnswerCache answers) {
        this.graph = graph;
        this.territories = territories;
        this.metaNetworks = metaNetworks;
        this.answers = answers;
    }

    /** 404 for an unknown territory. */
    public HistoryAnswer of(String territoryId, Years years) {
        return answers.get("history", List.of(territoryId, years), () -> compute(territoryId, years));
    }

    /** A structure's life-cycle fields as {@code history/structures.cypher} reads them. */
    private record Fields(String id, String name, String type, String sector, String coordination, LocalDate opened,
                          LocalDate closed, String absorbedInto) {
    }

    /** What one calendar year's méta-réseau tells of each structure. */
    private record YearNetwork(MetaNetwork network, Map<String, List<Link>> links, Set<String> partnered) {
        Volume exchanges(String id) {
            return Volume.of(links.getOrDefault(id, List.of()));
        }

        boolean appears(String id) {
            return links.containsKey(id) || partnered.contains(id);
        }
    }

    /**
     * The absorptions of T's ecology closed in {@code years}, by date, each with what became of its
     * partners' exchanges: the part of {@link #of} the strategic report prints, without projecting
     * every year's méta-réseau. 404 for an unknown territory.
     */
    public List<HistoryAnswer.Merger> mergers(String territoryId, Years years) {
        return answers.get("mergers", List.of(territoryId, years), () -> mergers(territoryId, years, structures(territoryId)));
    }

    /** T's ecology's life-cycle fields, by id. */
    private List<Fields> structures(String territoryId) {
        TerritoryScope scope = territories.scope(territoryId);
        return graph.read("history/structures.cypher", Map.of("ids", List.copyOf(scope.ecology())),
                r -> new Fields(r.get("id").asString(), r.get("name").asString(null), r.get("type").asString(null),
                        r.get("sector").asString(null), r.get("coordination").asString(null), date(r.get("opened")),
                        date(r.get("closed")), r.get("absorbedInto").asString(null)))
                .stream().sorted(Comparator.comparing(Fields::id)).toList();
    }

    private List<HistoryAnswer.Merger> mergers(String territoryId, Years years, List<Fields> structures) {
        return structures.stream()
                .filter(s -> s.absorbedInto() != null && s.closed() != null
                        && s.closed().getYear() >= years.from() && s.closed().getYear() <= years.to())
                .sorted(Comparator.comparing(Fields::closed).thenComparing(Fields::id))
                .map(s -> Mergers.of(s.id(), s.absorbedInto(), s.closed(),
                        metaNetworks.project(territoryId, Mergers.before(s.closed())),
                        metaNetworks.project(territoryId, Mergers.after(s.closed()))))
                .toList();
    }

    private HistoryAnswer compute(String territoryId, Years years) {
        List<Fields> structures = structures(territoryId);
        int first = structures.stream().mapToInt(s -> LifeCycle.firstYearNeeded(s.opened(), years.from()))
                .min().orElse(years.from());
        Map<Integer, YearNetwork> networks = new TreeMap<>();
        for (int year = first; year <= years.to(); year++) {
            MetaNetwork network = metaNetworks.project(territoryId, Years.calendar(year));
            Set<String> partnered = new HashSet<>();
            for (DeclaredPartnership p : network.partnerships()) {
                partnered.add(p.source());
                partnered.add(p.target());
            }
            networks.put(year, new YearNetwork(network, Mergers.byStructure(network.links()), partnered));
        }
        List<HistoryAnswer.Structure> phased = new ArrayList<>();
        for (Fields s : structures) {
            List<HistoryAnswer.YearPhase> phases = new ArrayList<>();
            for (int year : years.each()) {
                LifePhase phase = LifeCycle.phase(year, s.opened(), s.closed(), s.absorbedInto() != null,
                        y -> networks.get(y).exchanges(s.id()).exchanges(), y -> networks.get(y).appears(s.id()));
                if (phase != null) {
                    phases.add(new HistoryAnswer.YearPhase(year, phase.code(), networks.get(year).exchanges(s.id())));
                }
            }
            if (!phases.isEmpty()) {
                phased.add(new HistoryAnswer.Structure(s.id(), s.name(), s.type(), s.sector(), s.coordination(),
                        s.opened(), s.closed(), s.absorbedInto(), List.copyOf(phases)));
            }
        }
        List<HistoryAnswer.Year> yearRows = years.each().stream().map(year -> year(year, structures, networks.get(year)))
                .toList();
        return new HistoryAnswer(territoryId, years.from(), years.to(), yearRows, List.copyOf(phased),
                mergers(territoryId, years, structures));
    }

    private static HistoryAnswer.Year year(int year, List<Fields> structures, YearNetwork yearNetwork) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        List<String> open = new ArrayList<>();
        List<String> opened = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        List<HistoryAnswer.Absorbed> absorbed = new ArrayList<>();
        for (Fields s : structures) {
            if ((s.opened() == null || !s.opened().isAfter(end)) && (s.closed() == null || !s.closed().isBefore(start))) {
                open.add(s.id());
            }
            if (s.opened() != null && s.opened().getYear() == year) {
                opened.add(s.id());
            }
            if (s.closed() != null && s.closed().getYear() == year) {
                if (s.absorbedInto() == null) {
                    closed.add(s.id());
                } else {
                    absorbed.add(new HistoryAnswer.Absorbed(s.id(), s.absorbedInto(), s.closed()));
                }
            }
        }
        MetaNetwork network = yearNetwork.network();
        HistoryAnswer.Size size = new HistoryAnswer.Size(network.nodes().size(), yearNetwork.links().size(),
                network.links().size(), network.links().stream().mapToLong(Link::referrals).sum());
        return new HistoryAnswer.Year(year, List.copyOf(open), List.copyOf(opened), List.copyOf(closed),
                List.copyOf(absorbed), size);
    }

    private static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
