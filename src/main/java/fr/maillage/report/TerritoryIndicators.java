package fr.maillage.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import fr.maillage.analysis.capacity.Capacities;
import fr.maillage.analysis.capacity.CapacityResult;
import fr.maillage.analysis.orphans.OrphanReason;
import fr.maillage.analysis.orphans.OrphanSituation;
import fr.maillage.analysis.orphans.Orphans;
import fr.maillage.analysis.overlaps.Overlaps;
import fr.maillage.analysis.overlaps.OverlapKind;
import fr.maillage.analysis.overlaps.OverlapsResult;
import fr.maillage.analysis.overlaps.PersonOverlap;
import fr.maillage.analysis.partners.KeyPartner;
import fr.maillage.analysis.partners.KeyPartners;
import fr.maillage.api.Window;
import fr.maillage.api.Years;
import fr.maillage.coordination.CaseloadsAnswer;
import fr.maillage.coordination.FundingAnswer;
import fr.maillage.coordination.Fundings;
import fr.maillage.coordination.Caseloads;
import fr.maillage.coordination.Guichet;
import fr.maillage.coordination.GuichetRow;
import fr.maillage.db.AnswerCache;
import fr.maillage.db.DataVersion;
import fr.maillage.db.Graph;
import fr.maillage.network.MetaNetwork;
import fr.maillage.network.MetaNetworks;
import fr.maillage.territory.Territories;
import fr.maillage.territory.Territory;
import fr.maillage.territory.TerritoryScope;
import fr.maillage.vocabulary.Domain;
import fr.maillage.vocabulary.FundingPurpose;
import fr.maillage.vocabulary.ReferralStatus;
import fr.maillage.vocabulary.Sector;
import fr.maillage.vocabulary.StructureType;
import fr.maillage.vocabulary.Vocabulary;

/**
 * Computes the indicators (indicateurs) of one territory over one window, raw, then publishes
 * them through the {@link SmallCells} rule. Structures, referrals and caseloads are read here;
 * orphans, overlaps and the méta-réseau come from their own analyses, never recomputed. Rows are
 * shared between requests in a cache of their own ({@code maillage.cache.max-indicator-rows}): a
 * row weighs a few kB where the analyses behind it weigh MB, and the comparison of every
 * département needs some 100 of them at once, more than the shared answers keep.
 */
@Service
public class TerritoryIndicators {

    private final Graph graph;
    private final Territories territories;
    private final Orphans orphans;
    private final Overlaps overlaps;
    private final MetaNetworks metaNetworks;
    private final KeyPartners keyPartners;
    private final Capacities capacities;
    private final AnswerCache rows;
    private final Guichet guichet;
    private final Caseloads caseloads;
    private final Fundings fundings;

    public TerritoryIndicators(Graph graph, Territories territories, Orphans orphans, Overlaps overlaps,
                               MetaNetworks metaNetworks, KeyPartners keyPartners, Capacities capacities,
                               DataVersion dataVersion, Guichet guichet, Caseloads caseloads, Fundings fundings,
                               @Value("${maillage.cache.max-indicator-rows:4096}") int maxRows) {
        this.fundings = fundings;
        this.rows = new AnswerCache(dataVersion, maxRows);
        this.keyPartners = keyPartners;
        this.capacities = capacities;
        this.guichet = guichet;
        this.caseloads = caseloads;
        this.graph = graph;
        this.territories = territories;
        this.orphans = orphans;
        this.overlaps = overlaps;
        this.metaNetworks = metaNetworks;
    }

    /**
     * What the indicators of one territory and window are computed from.
     *
     * @param orphans  on the window's last day
     * @param capacity on the window's last day
     */
    public record Analyses(TerritoryScope scope, Window window, List<OrphanSituation> orphans,
                           OverlapsResult overlaps, MetaNetwork network, List<KeyPartner> partners,
                           CapacityResult capacity) {
    }

    /** The published row of {@code territory} over {@code window}. */
    public IndicatorRow row(Territory territory, Window window) {
        return rows.get("indicator-row", List.of(territory, window), () -> row(territory, analyse(territory.id(), window)));
    }

    /** The published row of {@code territory} from analyses already run. */
    public IndicatorRow row(Territory territory, Analyses analyses) {
        Window window = analyses.window();
        SmallCells.Published published = SmallCells.publish(raw(analyses), territory.population75Plus());
        return new IndicatorRow(territory.id(), territory.name(), territory.kind(), territory.population75Plus(),
                window.from(), window.to(), published.values(), published.per1000(), published.ratesNote(),
                published.suppressed());
    }

    /**
     * Runs the analyses the indicators read (orphans and capacity on the window's last day,
     * overlaps, the méta-réseau and its key partners), once, so the report can reuse them.
     */
    public Analyses analyse(String territoryId, Window window) {
        TerritoryScope scope = territories.scope(territoryId);
        MetaNetwork network = metaNetworks.project(territoryId, window);
        return new Analyses(scope, window, orphans.of(territoryId, window.to()), overlaps.of(territoryId, window),
                network, keyPartners.ranked(network), capacities.of(territoryId, window.to()));
    }

    /** Every indicator's raw figure, before the small-cell rule; {@code null} when undefined. */
    Map<String, Number> raw(Analyses analyses) {
        Window window = analyses.window();
        Map<String, Object> parameters = Map.of("ecology", List.copyOf(analyses.scope().ecology()),
                "territories", List.copyOf(analyses.scope().descendants()), "from", window.from(), "to", window.to());
        Map<String, Number> raw = new HashMap<>();
        structures(parameters, raw);
        referrals(parameters, raw);
        orphans(analyses.orphans(), raw);
        overlaps(analyses.overlaps(), raw);
        NetworkMeasures.measure(analyses.network(), analyses.partners(), raw);
        caseloads(parameters, raw);
        capacity(analyses.capacity(), raw);
        raw.put("caseManagement.complexWithoutCaseManager",
                raw.get(Indicators.orphanReason(OrphanReason.COMPLEXE_SANS_GESTIONNAIRE.code())));
        coordination(analyses.scope().territoryId(), window, raw);
        funding(analyses.scope().territoryId(), window, raw);
        return raw;
    }

    private void structures(Map<String, Object> parameters, Map<String, Number> raw) {
        zero(raw, Indicators.STRUCTURES);
        Vocabulary.codes(Sector.class).forEach(c -> zero(raw, Indicators.sector(c)));
        Vocabulary.codes(StructureType.class).forEach(c -> zero(raw, Indicators.type(c)));
        graph.read("report/structures.cypher", parameters, r -> {
            long count = r.get("structures").asLong();
            add(raw, Indicators.STRUCTURES, count);
            add(raw, Indicators.sector(r.get("sector").asString()), count);
            add(raw, Indicators.type(r.get("type").asString()), count);
            return count;
        });
    }

    private void referrals(Map<String, Object> parameters, Map<String, Number> raw) {
        zero(raw, Indicators.REFERRALS);
        Vocabulary.codes(ReferralStatus.class).forEach(c -> zero(raw, Indicators.status(c)));
        List<Long> delays = new ArrayList<>();
        graph.read("report/referrals.cypher", parameters, r -> {
            add(raw, Indicators.REFERRALS, 1);
            add(raw, Indicators.status(r.get("status").asString()), 1);
            if (!r.get("delayDays").isNull()) {
                delays.add(r.get("delayDays").asLong());
            }
            return r;
        });
        long referrals = raw.get(Indicators.REFERRALS).longValue();
        raw.put("referrals.acceptanceRate", share(raw.get(Indicators.status("acceptee")), referrals));
        raw.put("referrals.refusalRate", share(raw.get(Indicators.status("refusee")), referrals));
        raw.put("referrals.redirectionRate", share(raw.get(Indicators.status("reorientee")), referrals));
        raw.put(Indicators.REFERRALS_ANSWERED, (long) delays.size());
        raw.put("referrals.medianResponseDays", median(delays));
    }

    private static void orphans(List<OrphanSituation> orphans, Map<String, Number> raw) {
        raw.put(Indicators.ORPHANS, (long) orphans.size());
        Vocabulary.codes(OrphanReason.class).forEach(c -> zero(raw, Indicators.orphanReason(c)));
        Vocabulary.codes(Domain.class).forEach(c -> zero(raw, Indicators.uncoveredDomain(c)));
        zero(raw, Indicators.UNCOVERED);
        for (OrphanSituation orphan : orphans) {
            orphan.reasons().forEach(reason -> add(raw, Indicators.orphanReason(reason), 1));
            orphan.uncoveredNeeds().forEach(domain -> add(raw, Indicators.uncoveredDomain(domain), 1));
            if (!orphan.uncoveredNeeds().isEmpty()) {
                add(raw, Indicators.UNCOVERED, 1);
            }
        }
    }

    /** Persons, not pairs: a person in several overlaps of one kind counts once. */
    private static void overlaps(OverlapsResult overlaps, Map<String, Number> raw) {
        raw.put(Indicators.OVERLAP_PERSONS, overlaps.persons().stream().map(PersonOverlap::personId).distinct().count());
        Arrays.stream(OverlapKind.values()).map(OverlapKind::code).forEach(kind -> raw.put(Indicators.overlapKind(kind), overlaps.persons().stream()
                .filter(o -> o.kind().equals(kind)).map(PersonOverlap::personId).distinct().count()));
        raw.put(Indicators.OVERLAP_PAIRS, (long) overlaps.structures().size());
    }

    /** Places manquantes: persons followed or waiting beyond capacity, summed over the structures. */
    private static void capacity(CapacityResult capacity, Map<String, Number> raw) {
        long structures = capacity.structures().size();
        raw.put(Indicators.CAPACITY_STRUCTURES, structures);
        raw.put(Indicators.CAPACITY_SATURATED, capacity.saturated());
        raw.put(Indicators.CAPACITY_SATURATED_SHARE, share(capacity.saturated(), structures));
        raw.put(Indicators.CAPACITY_MISSING, capacity.missingPlaces());
    }

    private void caseloads(Map<String, Object> parameters, Map<String, Number> raw) {
        List<Long> caseloads = graph.read("report/caseloads.cypher", parameters, r -> r.get("caseload").asLong());
        long situations = caseloads.stream().mapToLong(Long::longValue).sum();
        raw.put("caseManagement.caseManagers", (long) caseloads.size());
        raw.put(Indicators.CASE_SITUATIONS, situations);
        Double mean = caseloads.isEmpty() ? null : (double) situations / caseloads.size();
        raw.put("caseManagement.meanCaseload", mean);
        raw.put("caseManagement.meanCaseloadVsReference", mean == null ? null : mean / Indicators.CASELOAD_REFERENCE);
        raw.put("caseManagement.maxCaseload", caseloads.stream().mapToLong(Long::longValue).max().orElse(0));
        raw.put("caseManagement.overReference", caseloads.stream().filter(c -> c > Indicators.CASELOAD_REFERENCE).count());
    }

    /** The work of coordination (v1.2): the guichet over the window, the caseloads on its last day. */
    private void coordination(String territoryId, Window window, Map<String, Number> raw) {
        GuichetRow total = guichet.total(territoryId, window);
        raw.put(Indicators.GUICHET_RECEIVED, total.received());
        raw.put(Indicators.GUICHET_ANSWERED, total.answered());
        raw.put("guichet.medianResponseDays", total.medianResponseDays());
        raw.put("guichet.refused", total.refused());
        raw.put("guichet.redirected", total.redirected());
        raw.put("guichet.withoutResponse", total.withoutResponse());
        raw.put("guichet.outsideRemit", total.outsideRemit());
        raw.put("guichet.outsideRemitRate", share(total.outsideRemit(), total.received()));
        raw.put("guichet.late", total.late());
        raw.put("guichet.lateRate", share(total.late(), total.received()));
        CaseloadsAnswer loads = caseloads.of(territoryId, window.to());
        raw.put("caseManagement.professionals", (long) loads.managers().size());
        raw.put("caseManagement.activeCases", loads.managers().stream().mapToLong(CaseloadsAnswer.Manager::active).sum());
        raw.put("caseManagement.complexCases", loads.managers().stream().mapToLong(CaseloadsAnswer.Manager::complex).sum());
        raw.put("caseManagement.extremeCases", loads.managers().stream().mapToLong(CaseloadsAnswer.Manager::extreme).sum());
    }

    /**
     * The consolidated account (v1.2) over the calendar years the window touches (fundings are
     * yearly): their total, the last year's, and the last year's per purpose.
     */
    private void funding(String territoryId, Window window, Map<String, Number> raw) {
        List<FundingAnswer.FundingYear> years = fundings.of(territoryId, Years.of(window)).years();
        FundingAnswer.FundingYear last = years.get(years.size() - 1);
        raw.put(Indicators.FUNDING_TOTAL, euros(years.stream().map(FundingAnswer.FundingYear::total)
                .reduce(BigInteger.ZERO, BigInteger::add)));
        raw.put(Indicators.FUNDING_LAST_YEAR, euros(last.total()));
        Vocabulary.codes(FundingPurpose.class).forEach(purpose -> raw.put(Indicators.lastYearPurpose(purpose),
                euros(last.byPurpose().getOrDefault(purpose, BigInteger.ZERO))));
    }

    /** An exact sum of euros as a figure: a whole number while it fits in one. */
    private static Number euros(BigInteger amount) {
        return amount.bitLength() < Long.SIZE ? (Number) Long.valueOf(amount.longValue()) : Double.valueOf(amount.doubleValue());
    }

    static Double share(Number part, long whole) {
        return whole == 0 ? null : part.doubleValue() / whole;
    }

    /** The median (the mean of the two middle values for an even count); {@code null} when empty. */
    static Double median(List<Long> values) {
        return Guichet.median(values);
    }

    private static void zero(Map<String, Number> raw, String key) {
        raw.put(key, 0L);
    }

    private static void add(Map<String, Number> raw, String key, long count) {
        raw.merge(key, count, (a, b) -> a.longValue() + b.longValue());
    }
}
