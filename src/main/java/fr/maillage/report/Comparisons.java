package fr.maillage.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import fr.maillage.api.BadParameterException;
import fr.maillage.api.NotFoundException;
import fr.maillage.api.Window;
import fr.maillage.territory.Territories;
import fr.maillage.territory.Territory;
import jakarta.annotation.PreDestroy;

/**
 * Territories side by side (comparaison) and one territory across two windows (évolution).
 * The rows of a comparison are computed side by side on {@code maillage.compare.threads} threads
 * (0: one per core): every département of the country is some 100 territories of several seconds
 * each. They are computed at the data version of the request, which holds the publication back
 * for its whole length ({@code api.ReadingRequests}), so the threads need no hold of their own.
 */
@Service
public class Comparisons {

    private final Territories territories;
    private final TerritoryIndicators indicators;
    private final ExecutorService workers;

    public Comparisons(Territories territories, TerritoryIndicators indicators,
                       @Value("${maillage.compare.threads:0}") int threads) {
        this.territories = territories;
        this.indicators = indicators;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                work -> {
                    Thread thread = new Thread(work, "comparaison-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * One row per territory named in {@code ids}, in the order named. A territory that has
     * children stands for its children (a département for its territoires) when {@code expand}
     * is true, or when it is {@code null} and it is the only one named: a single territory has
     * nothing to be compared with but its parts.
     */
    public List<IndicatorRow> compare(List<String> ids, Window window, Boolean expand) {
        boolean children = expand != null ? expand : ids.size() == 1;
        List<CompletableFuture<IndicatorRow>> rows = expand(ids, children).stream()
                .map(t -> CompletableFuture.supplyAsync(() -> indicators.row(t, window), workers)).toList();
        try {
            return rows.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            rows.forEach(row -> row.cancel(false));
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The indicators of one territory over {@code current} and {@code previous}, and their difference. */
    public Changes changes(String territoryId, Window current, Window previous) {
        Territory territory = find(territoryId);
        IndicatorRow now = indicators.row(territory, current);
        IndicatorRow before = indicators.row(territory, previous);
        return new Changes(territoryId, territory.name(), now, before, difference(now.values(), before.values()),
                difference(now.per1000(), before.per1000()));
    }

    /** The window of the same length just before {@code current}, unless one bound is given. */
    public static Window previous(Window current, LocalDate previousFrom, LocalDate previousTo) {
        long days = ChronoUnit.DAYS.between(current.from(), current.to());
        if (previousFrom == null && previousTo == null) {
            previousTo = current.from().minusDays(1);
        }
        LocalDate to = Window.checked("previousTo", previousTo != null ? previousTo
                : Window.checked("previousFrom", previousFrom).plusDays(days));
        LocalDate from = Window.checked("previousFrom", previousFrom != null ? previousFrom : to.minusDays(days));
        if (from.isAfter(to)) {
            throw new BadParameterException("previousFrom",
                    "La date « previousFrom » (" + from + ") est après « previousTo » (" + to + ")");
        }
        return new Window(from, to);
    }

    /** Territory found by id, 404 otherwise. */
    public Territory find(String territoryId) {
        return territories.list().stream().filter(t -> t.id().equals(territoryId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Territoire inconnu : " + territoryId));
    }

    private List<Territory> expand(List<String> ids, boolean expand) {
        if (ids.isEmpty()) {
            throw new BadParameterException("territories", "Paramètre « territories » vide : nommez au moins un territoire");
        }
        List<Territory> all = territories.list();
        Map<String, Territory> byId = new LinkedHashMap<>();
        all.forEach(t -> byId.put(t.id(), t));
        Set<Territory> expanded = new LinkedHashSet<>();
        for (String id : ids) {
            Territory territory = byId.get(id);
            if (territory == null) {
                throw new NotFoundException("Territoire inconnu : " + id);
            }
            List<Territory> children = all.stream().filter(t -> id.equals(t.parentId())).toList();
            if (expand && !children.isEmpty()) {
                expanded.addAll(children);
            } else {
                expanded.add(territory);
            }
        }
        return new ArrayList<>(expanded);
    }

    /** Current minus previous, for figures published as numbers in both; {@code null} otherwise. */
    private static Map<String, Number> difference(Map<String, ?> now, Map<String, ?> before) {
        Map<String, Number> difference = new LinkedHashMap<>();
        now.forEach((key, value) -> difference.put(key, value instanceof Number a && before.get(key) instanceof Number b
                ? minus(a, b) : null));
        return difference;
    }

    static Number minus(Number a, Number b) {
        return a instanceof Long x && b instanceof Long y ? Long.valueOf(x - y) : SmallCells.round(a.doubleValue() - b.doubleValue());
    }

    /**
     * A territory's indicators over two windows (évolution).
     *
     * @param difference        current minus previous, per key; {@code null} when either is hidden or undefined
     * @param differencePer1000 the same for the rates per 1,000 people aged 75+
     */
    public record Changes(String territoryId, String territoryName, IndicatorRow current, IndicatorRow previous,
                          Map<String, Number> difference, Map<String, Number> differencePer1000) {
    }
}
