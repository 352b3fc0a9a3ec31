package fr.maillage.report;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import fr.maillage.analysis.capacity.CapacityResult;
import fr.maillage.analysis.capacity.StructureCapacity;
import fr.maillage.analysis.orphans.OrphanReason;
import fr.maillage.analysis.overlaps.StructureOverlap;
import fr.maillage.analysis.overlaps.OverlapKind;
import fr.maillage.analysis.partners.KeyPartner;
import fr.maillage.api.Window;
import fr.maillage.api.Years;
import fr.maillage.coordination.Caseloads;
import fr.maillage.coordination.CaseloadsAnswer;
import fr.maillage.coordination.Coordinators;
import fr.maillage.coordination.CoordinatorsAnswer;
import fr.maillage.coordination.FundingAnswer;
import fr.maillage.coordination.Fundings;
import fr.maillage.db.AnswerCache;
import fr.maillage.network.Fold;
import fr.maillage.network.FoldedNetwork;
import fr.maillage.network.MetaNetwork;
import fr.maillage.network.StructureNode;
import fr.maillage.report.StrategicReport.KeyFigure;
import fr.maillage.report.StrategicReport.Line;
import fr.maillage.report.StrategicReport.Partner;
import fr.maillage.report.StrategicReport.StructurePair;
import fr.maillage.report.StrategicReport.UncoveredNeed;
import fr.maillage.territory.Territory;
import fr.maillage.history.History;
import fr.maillage.coordination.Tables;
import fr.maillage.coordination.TablesAnswer;
import fr.maillage.vocabulary.MeetingTable;
import fr.maillage.history.HistoryAnswer;
import fr.maillage.vocabulary.Domain;
import fr.maillage.vocabulary.Funder;
import fr.maillage.vocabulary.FundingPurpose;
import fr.maillage.vocabulary.Sector;
import fr.maillage.vocabulary.StructureType;
import fr.maillage.vocabulary.Vocabulary;

/**
 * Assembles the strategic-table report (rapport pour la table stratégique) of a territory and
 * window from the published indicators of that window and of the previous one, and from the
 * analyses behind them. Every person count goes through the {@link SmallCells} rule.
 */
@Service
public class StrategicReports {

    static final int PAIRS_SHOWN = 10;
    static final int PARTNERS_SHOWN = 10;
    static final int SATURATED_SHOWN = 10;
    /** The years the report looks back for absorptions: those of the history view's default span. */
    static final int FUSION_YEARS = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private final Comparisons comparisons;
    private final TerritoryIndicators indicators;
    private final NearestStructures nearestStructures;
    private final AnswerCache answers;
    private final Caseloads caseloads;
    private final Fundings fundings;
    private final Coordinators coordinators;
    private final History history;
    private final Tables tables;

    public StrategicReports(Comparisons comparisons, TerritoryIndicators indicators, NearestStructures nearestStructures,
                            AnswerCache answers, Caseloads caseloads, Fundings fundings, Coordinators coordinators,
                            History history, Tables tables) {
        this.history = history;
        this.tables = tables;
        this.fundings = fundings;
        this.coordinators = coordinators;
        this.answers = answers;
        this.caseloads = caseloads;
        this.comparisons = comparisons;
        this.indicators = indicators;
        this.nearestStructures = nearestStructures;
    }

    /**
     * The report as printed by default: its snapshot folded around the coordination structures
     * ({@link Fold#COORDINATION}), the picture a table stratégique reads.
     */
    public StrategicReport of(String territoryId, Window window) {
        return of(territoryId, window, Fold.COORDINATION);
    }

    /**
     * The report of {@code territoryId} over {@code window}, dated today, its méta-réseau snapshot
     * drawn as {@code fold} shows it (every other section reads the whole méta-réseau); 400 for a
     * kept structure that is not one of its nodes.
     */
    public StrategicReport of(String territoryId, Window window, Fold fold) {
        LocalDate today = LocalDate.now();
        return answers.get("report", List.of(territoryId, window, today, fold), () -> report(territoryId, window, today, fold));
    }

    private StrategicReport report(String territoryId, Window window, LocalDate today, Fold fold) {
        Territory territory = comparisons.find(territoryId);
        TerritoryIndicators.Analyses analyses = indicators.analyse(territoryId, window);
        IndicatorRow current = indicators.row(territory, analyses);
        Window previousWindow = Comparisons.previous(window, null, null);
        IndicatorRow previous = indicators.row(territory, previousWindow);
        FoldedNetwork picture = fold.apply(analyses.network());
        NetworkSvg.Drawing snapshot = snapshot(picture, analyses.partners());
        Map<String, String> names = analyses.network().nodes().stream()
                .collect(Collectors.toMap(StructureNode::id, StructureNode::name));
        return new StrategicReport(territory.id(), territory.name(), period(window), period(previousWindow),
                window.to().format(DAY), today.format(DAY), current.ratesNote(),
                snapshot.svg(), caption(picture, snapshot.drawn()), snapshot.numbered(),
                keyFigures(current, previous),
                shown(Indicators.ORPHANS, current),
                Vocabulary.codes(OrphanReason.class).stream().map(code -> line(Indicators.orphanReason(code), current)).toList(),
                uncoveredNeeds(territory, analyses, current),
                Arrays.stream(OverlapKind.values()).map(kind -> line(Indicators.overlapKind(kind.code()), current)).toList(),
                structurePairs(analyses.overlaps().structures(), names),
                capacity(analyses.capacity(), current),
                partners(analyses.partners()),
                lines(Indicators.G_GUICHET, current), Caseloads.REFERENCE,
                lines(Indicators.G_CASES, current),
                byOrigin(caseloads.of(territoryId, window.to())),
                account(fundings.of(territoryId, Years.of(window))), identities(coordinators.of(territoryId, window)),
                fusions(history.mergers(territoryId, new Years(window.to().getYear() - FUSION_YEARS + 1,
                        window.to().getYear())), names),
                concertation(tables.of(territoryId, window), names), MethodNotes.ALL);
    }

    static String period(Window window) {
        return "du " + window.from().format(DAY) + " au " + window.to().format(DAY);
    }

    /**
     * The snapshot of the méta-réseau as {@code picture} shows it, the articulation points those of
     * the whole méta-réseau; folded, every structure drawn is numbered (there are few, and the
     * coordination structures are what the table reads), and the groups are squares.
     */
    private static NetworkSvg.Drawing snapshot(FoldedNetwork picture, List<KeyPartner> partners) {
        Set<String> articulation = partners.stream().filter(KeyPartner::articulationPoint)
                .map(KeyPartner::structureId).collect(Collectors.toSet());
        MetaNetwork network = picture.shown();
        List<NetworkSvg.Node> nodes = network.nodes().stream()
                .map(n -> new NetworkSvg.Node(n.id(), n.name(), n.sector(), articulation.contains(n.id()),
                        picture.membersOf(n.id()) != null)).toList();
        List<NetworkSvg.Link> links = network.links().stream()
                .map(l -> new NetworkSvg.Link(l.source(), l.target(), l.weight())).toList();
        return NetworkSvg.draw(nodes, links, 660, 360, picture.fold().coordination() ? NetworkSvg.MAX_DRAWN : NetworkSvg.LABELLED);
    }

    private static String caption(FoldedNetwork picture, int drawn) {
        MetaNetwork network = picture.whole();
        long outside = network.nodes().stream().filter(n -> !n.inEcology()).count();
        String whole = network.nodes().size() + " structures (dont " + outside + " hors du territoire qui ont échangé avec lui), "
                + Figures.integer(network.links().size()) + " liens observés (orientations et personnes suivies en même "
                + "temps). ";
        int shown = picture.shown().nodes().size();
        String limit = drawn < shown ? "les " + drawn + " plus reliées, sans les structures sans échange" : "";
        if (!picture.fold().coordination()) {
            return whole + (limit.isEmpty() ? "" : "Dessin : " + limit + " ; ") + "les plus reliées sont numérotées.";
        }
        long coordination = shown - picture.members().size();
        return whole + "Dessin plié autour de la coordination : " + coordination + " structures nommées (celles dont la "
                + "coordination est la mission" + (picture.fold().keep().isEmpty() ? "" : ", les structures choisies")
                + " et les seules de leur type), les " + picture.folded() + " autres regroupées en "
                + picture.members().size() + " nœuds, un par type (carrés, leur nombre entre parenthèses), dont les liens "
                + "additionnent les orientations et personnes partagées de leurs membres ; "
                + (limit.isEmpty() ? "" : limit + " ; ") + "chaque nœud dessiné est numéroté.";
    }

    private static List<KeyFigure> keyFigures(IndicatorRow current, IndicatorRow previous) {
        List<KeyFigure> figures = new ArrayList<>();
        for (Indicator indicator : Indicators.keyFigures()) {
            String key = indicator.key();
            Object now = current.values().get(key);
            Object before = previous.values().get(key);
            Number difference = now instanceof Number a && before instanceof Number b
                    ? Comparisons.minus(a, b) : null;
            figures.add(new KeyFigure(indicator.group(), indicator.label(), Figures.format(indicator, now),
                    Figures.format(indicator, before), Figures.difference(indicator, difference),
                    indicator.perThousand() ? Figures.rate(current.per1000().get(key)) : ""));
        }
        return figures;
    }

    private static String shown(String key, IndicatorRow row) {
        return Figures.format(Indicators.get(key), row.values().get(key));
    }

    private static Line line(String key, IndicatorRow row) {
        return new Line(Indicators.get(key).label(), shown(key, row));
    }

    private static List<Line> lines(String group, IndicatorRow row) {
        return Indicators.group(group).stream().map(i -> line(i.key(), row)).toList();
    }

    /** Case managers grouped by their profession of origin (unknown last), the situations under the small-cell rule. */
    private static List<StrategicReport.OriginLoad> byOrigin(CaseloadsAnswer loads) {
        Map<String, List<CaseloadsAnswer.Manager>> groups = loads.managers().stream().collect(Collectors.groupingBy(
                m -> m.originProfession() == null ? "" : m.originProfession(), java.util.TreeMap::new, Collectors.toList()));
        List<StrategicReport.OriginLoad> lines = new ArrayList<>();
        groups.forEach((origin, managers) -> lines.add(new StrategicReport.OriginLoad(origin.isEmpty() ? "non renseignée" : origin,
                managers.size(), persons(managers.stream().mapToLong(CaseloadsAnswer.Manager::active).sum()))));
        lines.sort(Comparator.comparing((StrategicReport.OriginLoad l) -> l.origin().equals("non renseignée")));
        return lines;
    }

    /** The account year by year: total, rate, then the funders and purposes that fund something. */
    private static StrategicReport.Account account(FundingAnswer answer) {
        List<FundingAnswer.FundingYear> years = answer.years();
        List<StrategicReport.AccountRow> byFunder = new ArrayList<>();
        byFunder.add(new StrategicReport.AccountRow("Total", years.stream().map(y -> Figures.euros(y.total())).toList()));
        byFunder.add(new StrategicReport.AccountRow("Pour 1 000 habitants de 75 ans et plus", years.stream()
                .map(y -> y.per1000Aged75Plus() == null ? Figures.UNDEFINED : Figures.euros(y.per1000Aged75Plus())).toList()));
        for (String funder : present(answer, FundingAnswer.FundingYear::byFunder, Vocabulary.codes(Funder.class))) {
            byFunder.add(accountRow(label(Funder.class, funder), years, y -> y.byFunder().get(funder)));
        }
        List<StrategicReport.AccountRow> byPurpose = present(answer, FundingAnswer.FundingYear::byPurpose, Fundings.PURPOSES)
                .stream().map(p -> accountRow(p.equals(Fundings.UNKNOWN_PURPOSE) ? "Objet non renseigné"
                        : label(FundingPurpose.class, p), years, y -> y.byPurpose().get(p))).toList();
        return new StrategicReport.Account(years.stream().map(FundingAnswer.FundingYear::year).toList(), byFunder,
                byPurpose, answer.structureIds().size());
    }

    private static StrategicReport.AccountRow accountRow(String label, List<FundingAnswer.FundingYear> years,
                                                         java.util.function.Function<FundingAnswer.FundingYear, BigInteger> amount) {
        return new StrategicReport.AccountRow(label, years.stream()
                .map(y -> Figures.euros(java.util.Objects.requireNonNullElse(amount.apply(y), BigInteger.ZERO))).toList());
    }

    /** The codes, in their order, that some year of the account has an amount for. */
    private static List<String> present(FundingAnswer answer,
                                        java.util.function.Function<FundingAnswer.FundingYear, Map<String, BigInteger>> part,
                                        List<String> codes) {
        return codes.stream().filter(c -> answer.years().stream().anyMatch(y -> part.apply(y).containsKey(c))).toList();
    }

    /** The four quadrants, référent before consultant, parcours before frontière; actors without persons left out. */
    private static StrategicReport.Concertation concertation(TablesAnswer answer, Map<String, String> names) {
        Map<String, Long> held = answer.meetings().stream()
                .collect(Collectors.groupingBy(TablesAnswer.Meeting::table, Collectors.counting()));
        List<StrategicReport.Seat> seats = answer.attendance().stream()
                .filter(a -> a.strategique() + a.tactique() > 0)
                .sorted(Comparator.comparingLong((TablesAnswer.Attendance a) -> a.strategique() + a.tactique()).reversed()
                        .thenComparing(TablesAnswer.Attendance::structureId))
                .map(a -> new StrategicReport.Seat(names.getOrDefault(a.structureId(), a.structureId()), a.strategique(),
                        a.tactique()))
                .toList();
        return new StrategicReport.Concertation(held.getOrDefault(MeetingTable.STRATEGIQUE.code(), 0L),
                held.getOrDefault(MeetingTable.TACTIQUE.code(), 0L),
                held.getOrDefault(MeetingTable.CONCERTATION_CLINIQUE.code(), 0L), seats,
                answer.absentKeyPartners().stream().map(id -> names.getOrDefault(id, id)).toList());
    }

    private static List<StrategicReport.Fusion> fusions(List<HistoryAnswer.Merger> mergers, Map<String, String> names) {
        return mergers.stream().map(m -> {
            HistoryAnswer.Parts parts = m.referralTotal();
            return new StrategicReport.Fusion(names.getOrDefault(m.structureId(), m.structureId()),
                    names.getOrDefault(m.into(), m.into()), m.date().format(DAY), m.partners().size(),
                    parts.toAbsorber() + parts.elsewhere() + parts.nowhere(), parts.toAbsorber(), parts.elsewhere(),
                    parts.nowhere());
        }).toList();
    }

    private static List<StrategicReport.Quadrant> identities(CoordinatorsAnswer answer) {
        List<StrategicReport.Quadrant> quadrants = new ArrayList<>();
        for (String intervention : List.of(Coordinators.REFERENT, Coordinators.CONSULTANT)) {
            for (String perimeter : List.of(Coordinators.PARCOURS, Coordinators.FRONTIERE)) {
                List<String> structures = answer.structures().stream()
                        .filter(s -> intervention.equals(s.identity().intervention())
                                && perimeter.equals(s.identity().perimeter()))
                        .map(CoordinatorsAnswer.StructureIdentity::name).toList();
                int professionals = (int) answer.professionals().stream()
                        .filter(p -> intervention.equals(p.identity().intervention())
                                && perimeter.equals(p.identity().perimeter())).count();
                quadrants.add(new StrategicReport.Quadrant(Coordinators.label(intervention, perimeter), structures,
                        professionals));
            }
        }
        return quadrants;
    }

    private List<UncoveredNeed> uncoveredNeeds(Territory territory, TerritoryIndicators.Analyses analyses,
                                               IndicatorRow current) {
        Map<String, List<NearestStructures.Candidate>> nearest =
                nearestStructures.of(territory, analyses.window().to(), analyses.orphans());
        Map<String, Long> persons = analyses.orphans().stream().flatMap(o -> o.uncoveredNeeds().stream())
                .collect(Collectors.groupingBy(d -> d, Collectors.counting()));
        return Vocabulary.codes(Domain.class).stream().filter(persons::containsKey)
                .sorted(Comparator.comparingLong((String d) -> -persons.get(d)))
                .map(domain -> new UncoveredNeed(label(Domain.class, domain),
                        shown(Indicators.uncoveredDomain(domain), current),
                        nearest.getOrDefault(domain, List.of()).stream().map(c -> new StrategicReport.Candidate(
                                c.structure().name(), label(StructureType.class, c.structure().type()),
                                c.criterion().label(), persons(c.persons()))).toList()))
                .toList();
    }

    private static List<StructurePair> structurePairs(List<StructureOverlap> overlaps, Map<String, String> names) {
        return overlaps.stream()
                .sorted(Comparator.comparingLong(StructureOverlap::sharedPersons).reversed()
                        .thenComparing(Comparator.comparingDouble(StructureOverlap::jaccard).reversed())
                        .thenComparing(StructureOverlap::a).thenComparing(StructureOverlap::b))
                .limit(PAIRS_SHOWN)
                .map(o -> new StructurePair(names.getOrDefault(o.a(), o.a()), names.getOrDefault(o.b(), o.b()),
                        Figures.percent(o.jaccard()), persons(o.sharedPersons())))
                .toList();
    }

    private static StrategicReport.Capacity capacity(CapacityResult capacity, IndicatorRow current) {
        List<Line> figures = List.of(line(Indicators.CAPACITY_STRUCTURES, current), line(Indicators.CAPACITY_SATURATED, current),
                line(Indicators.CAPACITY_SATURATED_SHARE, current), line(Indicators.CAPACITY_MISSING, current));
        List<StrategicReport.Occupied> saturated = capacity.structures().stream().filter(StructureCapacity::saturated)
                .limit(SATURATED_SHOWN)
                .map(c -> new StrategicReport.Occupied(c.name(), label(StructureType.class, c.type()), persons(c.followed()),
                        Figures.integer(c.capacity()), persons(c.waiting()), persons(c.refused())))
                .toList();
        return new StrategicReport.Capacity(figures, saturated);
    }

    /** The top of the ranking, plus every articulation point below it: both are partners to engage. */
    private static List<Partner> partners(List<KeyPartner> ranked) {
        List<KeyPartner> chosen = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            KeyPartner p = ranked.get(i);
            if (p.degree() > 0 && (i < PARTNERS_SHOWN || p.articulationPoint())) {
                chosen.add(p);
            }
        }
        return chosen.stream().map(p -> new Partner(p.name(), label(Sector.class, p.sector()), p.degree(),
                Figures.decimal(p.betweenness(), "0.00"), p.articulationPoint(), Figures.percent(p.crossSectorShare())))
                .toList();
    }

    private static String persons(long count) {
        return SmallCells.isSmall(count) ? SmallCells.SMALL : Figures.integer(count);
    }

    private static <E extends Enum<E> & fr.maillage.vocabulary.Coded> String label(Class<E> vocabulary, String code) {
        return code == null ? Figures.UNDEFINED : Vocabulary.parse(vocabulary, code).map(E::label).orElse(code);
    }
}
