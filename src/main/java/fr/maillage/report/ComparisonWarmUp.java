package fr.maillage.report;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.maillage.api.Window;
import fr.maillage.db.BackgroundWork;
import fr.maillage.db.Publication;
import fr.maillage.network.ExchangeLogsKept;
import fr.maillage.territory.Territories;
import fr.maillage.territory.Territory;
import jakarta.annotation.PreDestroy;

/**
 * The comparisons prepared in advance (préparation des comparaisons): once the exchange logs of a
 * new data version are kept, a background thread computes the indicators of every territory of the
 * kinds {@code maillage.compare.warm-up} names (default the départements) over the default window,
 * so that a planner comparing every département of the country waits for none of them. At country
 * scale that is minutes of one core after each import; the requests keep the other cores. Each
 * territory is computed under {@link Publication#reading}, as a request would be, so no row mixes
 * two versions; a newer publication stops the preparation, the next one starts over.
 */
@Component
class ComparisonWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ComparisonWarmUp.class);

    private final Territories territories;
    private final TerritoryIndicators indicators;
    private final Publication publication;
    private final List<String> kinds;
    private final BackgroundWork preparer = new BackgroundWork("preparation-des-comparaisons");

    ComparisonWarmUp(Territories territories, TerritoryIndicators indicators, Publication publication,
                     @Value("${maillage.compare.warm-up:departement}") List<String> kinds) {
        this.territories = territories;
        this.indicators = indicators;
        this.publication = publication;
        this.kinds = kinds.stream().map(String::strip).filter(kind -> !kind.isEmpty()).toList();
    }

    @EventListener
    void after(ExchangeLogsKept kept) {
        if (!kinds.isEmpty()) {
            preparer.runLater(() -> prepare(kept.version()));
        }
    }

    /**
     * Computes the rows of the territories of the chosen kinds at data version {@code version},
     * unless another is published meanwhile.
     *
     * @return how many rows were computed or found ready
     */
    int prepare(long version) {
        Window window = Window.of(null, null);
        List<Territory> chosen = publication.reading(territories::list).stream()
                .filter(territory -> kinds.contains(territory.kind())).toList();
        long started = System.nanoTime();
        int prepared = 0;
        for (Territory territory : chosen) {
            if (preparer.stopping() || publication.current() != version) {
                log.info("Préparation des comparaisons arrêtée après {} territoire(s) : données republiées", prepared);
                return prepared;
            }
            try {
                publication.reading(() -> indicators.row(territory, window));
                prepared++;
            } catch (RuntimeException e) {
                log.warn("Préparation des comparaisons : indicateurs de {} non préparés ({})", territory.id(), e.getMessage());
            }
        }
        if (!chosen.isEmpty()) {
            log.info(String.format(Locale.ROOT, "Comparaisons préparées : %d territoire(s) (%s) du %s au %s en %.1f s",
                    prepared, String.join(", ", kinds), window.from(), window.to(), (System.nanoTime() - started) / 1e9));
        }
        return prepared;
    }

    /** Lets the territory under way finish, then stops. */
    @PreDestroy
    void stop() throws InterruptedException {
        preparer.stop();
    }
}
