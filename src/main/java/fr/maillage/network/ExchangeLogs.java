package fr.maillage.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import fr.maillage.db.BackgroundWork;
import fr.maillage.db.Graph;
import fr.maillage.db.Lease;
import fr.maillage.db.Leases;
import fr.maillage.db.Publication;
import fr.maillage.db.VersionAdopted;
import fr.maillage.imports.ImportEnded;

import jakarta.annotation.PreDestroy;

/**
 * The exchange logs of the territories ({@link ExchangeLog}: the exchanges about the persons who
 * live in each), kept in the database for the data as the latest import left them: walking a
 * territory's referrals and involvements took about 1.5 s for each méta-réseau asked for, reading
 * their logs takes a few tens of milliseconds (docs/benchmarks.md, "Analyses").
 *
 * <p>A log is derived data, like an index: it is kept with the version of the data it was built
 * from (the published version, {@link Publication}) and ignored once another import is published.
 * After an import, and at start-up, a background thread builds the logs of every territory; a
 * méta-réseau asked for before that builds the logs it needs and keeps them. An import under way
 * changes nothing a log is built from until its publication. Writing the graph by other means
 * than an import (by hand in Cypher) leaves the logs of the current version stale.
 */
@Service
public class ExchangeLogs {

    private static final Logger log = LoggerFactory.getLogger(ExchangeLogs.class);

    /** Territories whose logs are built and kept per transaction by the background thread. */
    private static final int BATCH = 10;

    static final String LEASE = "journaux-des-echanges";

    private final Graph graph;
    private final Publication publication;
    private final boolean keepUp;
    private final BackgroundWork keeper = new BackgroundWork("journaux-des-echanges");
    private final ApplicationEventPublisher events;
    private final Leases leases;

    public ExchangeLogs(Graph graph, Publication publication, Leases leases,
                        @org.springframework.beans.factory.annotation.Value("${maillage.exchange-logs.keep-up:true}") boolean keepUp,
                        ApplicationEventPublisher events) {
        this.graph = graph;
        this.publication = publication;
        this.keepUp = keepUp;
        this.events = events;
        this.leases = leases;
    }

    /**
     * The logs of the territories {@code ids} for the published data: read where kept, otherwise
     * built over all time and kept.
     */
    Map<String, ExchangeLog> of(Collection<String> ids) {
        long version = publication.current();
        Map<String, ExchangeLog> logs = kept(ids, version);
        List<String> missing = ids.stream().filter(id -> !logs.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Map<String, ExchangeLog> built = build(missing, version, false);
            try {
                keep(built.values(), version);
            } catch (RuntimeException e) {
                // Another reader or the background thread may be keeping the same logs: they are built again later.
                log.debug("Journaux des échanges non conservés : {}", e.getMessage());
            }
            logs.putAll(built);
        }
        return logs;
    }

    private Map<String, ExchangeLog> kept(Collection<String> ids, long version) {
        Map<String, ExchangeLog> logs = new HashMap<>();
        graph.read("network/exchange-log-read.cypher", Map.of("ids", List.copyOf(ids), "version", tag(version)),
                ExchangeLogs::stored).forEach(l -> logs.put(l.territoryId(), l));
        return logs;
    }

    /** How a log names the version it was built from. */
    static String tag(long version) {
        return "publiee-" + version;
    }

    private static ExchangeLog stored(Record r) {
        return ExchangeLog.decode(r.get("territoryId").asString(), r.get("data").asByteArray());
    }

    /**
     * The logs of {@code ids} built from the graph of the published version {@code version}, over
     * all time. On behalf of a request the reads are bounded by {@code maillage.query-timeout}; in
     * the background they are not: a country's territories took more than the 30 s of a request
     * on a loaded machine, and the thread then built nothing at all.
     */
    private Map<String, ExchangeLog> build(List<String> ids, long version, boolean background) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        parameters.put(Graph.PUBLISHED, version);
        Map<String, List<ExchangeLog.Referral>> referrals = new HashMap<>();
        Reader read = background ? graph::readUnbounded : graph::read;
        read.rows("network/exchange-log-referrals.cypher", parameters, r -> referrals
                .computeIfAbsent(r.get("territory").asString(), k -> new ArrayList<>())
                .add(new ExchangeLog.Referral(r.get("sender").asString(), r.get("receiver").asString(),
                        r.get("date").asLocalDate(), r.get("status").asString(), date(r.get("responseDate")))));
        Map<String, List<ExchangeLog.Share>> shares = new HashMap<>();
        read.rows("network/exchange-log-shares.cypher", parameters, r -> shares
                .computeIfAbsent(r.get("territory").asString(), k -> new ArrayList<>())
                .add(new ExchangeLog.Share(r.get("a").asString(), r.get("b").asString(), r.get("person").asString(),
                        r.get("since").asLocalDate(), date(r.get("until")))));
        Map<String, ExchangeLog> logs = new HashMap<>();
        for (String id : ids) {
            logs.put(id, ExchangeLog.of(id, referrals.getOrDefault(id, List.of()), shares.getOrDefault(id, List.of())));
        }
        return logs;
    }

    /** Keeps {@code logs} in territory id order, the order every writer of logs takes their locks in. */
    private void keep(Collection<ExchangeLog> logs, long version) {
        if (!logs.isEmpty()) {
            graph.write("network/exchange-log-write.cypher", Map.of("version", tag(version), "logs",
                    logs.stream().sorted(Comparator.comparing(ExchangeLog::territoryId))
                            .map(l -> Map.of("territoryId", l.territoryId(), "data", l.data())).toList()));
        }
    }

    /**
     * Builds and keeps, on the background thread, the logs of every territory that has none for
     * the data now. App instances on one server build them once: each waits for the lease
     * {@value #LEASE}, and the ones after the first find the logs kept.
     */
    public void keepUpLater() {
        if (keepUp) {
            keeper.runLater(() -> {
                try (Lease lease = leases.take(LEASE, leases.instance(), () -> !keeper.stopping()).orElse(null)) {
                    if (lease == null) {
                        return;
                    }
                    long version = publication.current();
                    keepUpNow();
                    if (!keeper.stopping() && publication.current() == version) {
                        events.publishEvent(new ExchangeLogsKept(version));
                    }
                } catch (RuntimeException e) {
                    log.warn("Journaux des échanges : construction interrompue ({}), reprise au prochain import ou démarrage",
                            e.getMessage());
                }
            });
        }
    }

    /**
     * Builds and keeps the logs of every territory that has none for the data now, in batches;
     * stops when another version is published meanwhile. A batch read across a publication is
     * kept under the version before, which no reader asks for any more.
     *
     * @return how many logs were built
     */
    public int keepUpNow() {
        long version = publication.current();
        long started = System.nanoTime();
        List<String> missing = graph.readUnbounded("network/exchange-log-missing.cypher",
                Map.of("version", tag(version), Graph.PUBLISHED, version), r -> r.get("id").asString());
        int built = 0;
        for (int from = 0; from < missing.size(); from += BATCH) {
            if (keeper.stopping() || publication.current() != version) {
                return built;
            }
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            keep(build(batch, version, true).values(), version);
            built += batch.size();
        }
        if (built > 0) {
            log.info("Journaux des échanges : {} territoires en {} ms", built, (System.nanoTime() - started) / 1_000_000);
        }
        return built;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        keepUpLater();
    }

    @EventListener
    void after(ImportEnded ended) {
        keepUpLater();
    }

    /** Another instance published: the logs are built once, by whichever instance takes the lease first. */
    @EventListener
    void after(VersionAdopted adopted) {
        keepUpLater();
    }

    /** Lets the batch under way finish, then stops. */
    @PreDestroy
    void stop() throws InterruptedException {
        keeper.stop();
    }

    /** {@link Graph#read} or {@link Graph#readUnbounded}. */
    @FunctionalInterface
    private interface Reader {
        <T> List<T> rows(String file, Map<String, Object> parameters, Function<Record, T> mapper);
    }

    private static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
