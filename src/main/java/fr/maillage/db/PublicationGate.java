package fr.maillage.db;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

/**
 * The publication gate (barrière de publication) of app instances sharing one database: an
 * import changes rows that existed before it while no request reads, on every instance, not only
 * on its own ({@link Publication}). The publishing instance closes the gate (a
 * {@code :PublicationGate} node) with a round of its own; each other instance, watching it every
 * {@code maillage.publication.watch}, holds its readers and acknowledges the round; once every
 * instance alive ({@link Leases#liveInstances()}) has, the changes run; the gate then opens with
 * the new published version, which every instance's readers go on with. An instance also takes
 * up, between imports, a version another published ({@link VersionAdopted}).
 *
 * <p>A gate its publisher left closed, by dying, keeps every reader waiting, not reading a half
 * published state, until the instance that recovers the import ({@code imports.ImportJournal})
 * reopens it. That recovery runs on the watching thread ({@link #onWatch}), which may already
 * hold the readers: their lock is the thread's own, so it may publish while it holds them.
 *
 * <p>On the embedded database the app is alone on its store: the gate is {@link Publication} itself.
 */
@Component
public class PublicationGate {

    private static final Logger log = LoggerFactory.getLogger(PublicationGate.class);

    private final Graph graph;
    private final Publication publication;
    private final Leases leases;
    private final ApplicationEventPublisher events;
    private final boolean alone;
    private final Duration watchEvery;
    private final Duration patience;
    private final ScheduledExecutorService watch;
    /** The round this instance holds its readers for; read and written on the watching thread only. */
    private String heldRound;
    /** Whether the last look failed; on the watching thread only. */
    private boolean unreadable;

    public PublicationGate(Graph graph, Publication publication, Leases leases, ApplicationEventPublisher events,
                           Environment environment, MaillageProperties properties) {
        this.graph = graph;
        this.publication = publication;
        this.leases = leases;
        this.events = events;
        this.alone = EmbeddedMode.in(environment);
        this.watchEvery = properties.getPublication().getWatch();
        this.patience = properties.getPublication().getPatience();
        this.watch = alone ? null : Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "barriere-de-publication");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Looks at the gate once before the app serves anything (a publication under way elsewhere
     * holds this instance's readers from their first request), then every {@code watchEvery}.
     */
    @PostConstruct
    void start() {
        if (!alone) {
            onWatch(this::look);
            watch.scheduleWithFixedDelay(this::lookOnce, watchEvery.toMillis(), watchEvery.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Runs {@code changes} while no reader reads on any instance and publishes {@code version}
     * once they returned, as {@link Publication#publish} does for one instance.
     *
     * @throws IllegalStateException when an instance alive did not hold its readers within
     *                               {@code maillage.publication.patience}: nothing was changed
     */
    public void publish(long version, Runnable changes) {
        if (alone) {
            publication.publish(version, changes);
            return;
        }
        String round = UUID.randomUUID().toString();
        try {
            publication.publish(version, () -> {
                graph.write("db/gate-close.cypher", Map.of("round", round, "instance", leases.instance()));
                awaitOthers(round);
                changes.run();
            });
        } finally {
            graph.write("db/gate-open.cypher", Map.of("round", round, "version", publication.current()));
        }
    }

    /**
     * Opens a gate a dead instance left closed, with the version {@code published} it reached (read
     * only then): for
     * the instance that recovers its import, which holds the import's turn, so that no one else
     * may be publishing.
     */
    public void reopenLeft(LongSupplier published) {
        if (!alone) {
            Gate gate = gate();
            if (gate.round() != null) {
                long version = published.getAsLong();
                log.warn("Barrière de publication laissée fermée par l'instance {} : rouverte, version publiée {}",
                        gate.closedBy(), version);
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("round", null);
                parameters.put("version", version);
                graph.write("db/gate-open.cypher", parameters);
            }
        }
    }

    /** Whether another instance closed the gate: it publishes, or it died publishing. */
    public boolean closedByAnother() {
        if (alone) {
            return false;
        }
        return gate().closedByOtherThan(leases.instance());
    }

    /**
     * Runs {@code work} on the thread that holds this instance's readers for others' publications,
     * and waits for it: work that may publish (an import's recovery) must, or it would wait for
     * readers that thread holds. Alone on the store, on the caller's thread.
     */
    public void onWatch(Runnable work) {
        if (alone) {
            work.run();
            return;
        }
        try {
            watch.submit(work).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} on the watching thread every {@code period}; alone on the store, never. */
    public void every(Duration period, Runnable work) {
        if (!alone) {
            watch.scheduleWithFixedDelay(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    if (!watch.isShutdown()) {
                        log.warn("Tâche périodique interrompue : {}", e.getMessage(), e);
                    }
                }
            }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void awaitOthers(String round) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Set<String> waited = new HashSet<>(leases.liveInstances());
            waited.remove(leases.instance());
            waited.removeAll(gate().acks());
            if (waited.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Publication impossible : l'instance " + String.join(", ", waited)
                        + " n'a pas suspendu ses lectures en " + patience.toSeconds() + " s (maillage.publication.patience)");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void lookOnce() {
        try {
            look();
            if (unreadable) {
                unreadable = false;
                log.info("Barrière de publication lisible de nouveau");
            }
        } catch (RuntimeException e) {
            // The database may be away for a while: the readers stay as they are until it answers, said once.
            if (!unreadable) {
                unreadable = true;
                log.warn("Barrière de publication illisible, lectures laissées en l'état : {}", e.getMessage());
            }
        }
    }

    private void look() {
        Gate gate = gate();
        if (gate.closedByOtherThan(leases.instance())) {
            if (heldRound == null) {
                log.info("Publication de l'instance {} : lectures suspendues", gate.closedBy());
                publication.holdReaders();
            }
            if (!gate.round().equals(heldRound)) {
                graph.write("db/gate-ack.cypher", Map.of("round", gate.round(), "instance", leases.instance()));
                heldRound = gate.round();
            }
        } else if (heldRound != null) {
            heldRound = null;
            publication.releaseReaders(gate.version());
            log.info("Lectures reprises sur la version publiée {}", publication.current());
            events.publishEvent(new VersionAdopted(publication.current()));
        } else if (gate.version() > publication.current()) {
            publication.holdReaders();
            publication.releaseReaders(gate.version());
            log.info("Version publiée {} reprise d'une autre instance", gate.version());
            events.publishEvent(new VersionAdopted(gate.version()));
        }
    }

    private record Gate(String round, String closedBy, List<String> acks, long version) {

        /** Whether an instance other than {@code instance} closed it. */
        boolean closedByOtherThan(String instance) {
            return round != null && !instance.equals(closedBy);
        }
    }

    private Gate gate() {
        return graph.readUnbounded("db/gate-state.cypher", Map.of(), PublicationGate::gate).get(0);
    }

    private static Gate gate(Record r) {
        return new Gate(text(r.get("round")), text(r.get("closedBy")), r.get("acks").asList(Value::asString),
                r.get("version").asLong());
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    /** Stops watching as the app begins to stop, before the driver goes (as {@link Leases#stop()}). */
    @EventListener(ContextClosedEvent.class)
    void stop() throws InterruptedException {
        if (!alone) {
            watch.shutdownNow();
            watch.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
