package fr.maillage.db;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

/**
 * Leases (baux) kept in the database, so that several app instances on one Neo4j server or
 * cluster take turns: one imports at a time, one recovers a dead instance's import, one builds
 * the exchange logs, one applies the schema. A lease is a {@code :Lease} node naming its holder,
 * its instance and its end, read from the database's clock; a heartbeat moves the end ahead every
 * fifteenth of {@code maillage.lease-duration} while the lease is held, so a lease outlives its
 * instance by at most that duration, and an instance that stops beating is taken for dead.
 *
 * <p>Each instance also holds a lease of its own, {@code instance:<id>}, for as long as it runs:
 * the instances alive are those whose lease runs ({@link #liveInstances()}). On the embedded
 * database no other process can open the store, so the leases a stopped process left are cleared
 * at start rather than waited out.
 */
@Component
public class Leases {

    private static final Logger log = LoggerFactory.getLogger(Leases.class);

    /** The name of each instance's own lease starts with this. */
    static final String INSTANCE_PREFIX = "instance:";

    private final Graph graph;
    private final boolean alone;
    private final Duration duration;
    /** A fifteenth of the duration: how often the heartbeat beats, and a waiting taker looks again. */
    private final long beatMillis;
    private final String instance;
    private final Set<Lease> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "baux");
        thread.setDaemon(true);
        return thread;
    });
    private Lease presence;

    public Leases(Graph graph, MaillageProperties properties, Environment environment) {
        this.graph = graph;
        this.alone = EmbeddedMode.in(environment);
        this.duration = properties.getLeaseDuration();
        this.beatMillis = Math.max(50, duration.toMillis() / 15);
        this.instance = host() + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    @PostConstruct
    void start() {
        applyOwnSchema();
        if (alone) {
            graph.write("db/lease-clear-all.cypher", Map.of());
        }
        graph.write("db/lease-forget-instances.cypher", Map.of("prefix", INSTANCE_PREFIX));
        presence = tryTake(INSTANCE_PREFIX + instance, instance).orElseThrow();
        heartbeat.scheduleAtFixedRate(this::beat, beatMillis, beatMillis, TimeUnit.MILLISECONDS);
        log.info("Instance {} : baux de {} s", instance, duration.toSeconds());
    }

    /**
     * The leases' constraint, before any lease is taken. Two instances starting together may
     * create it at the same moment; the one that loses finds it made at its next attempt.
     */
    private void applyOwnSchema() {
        for (String statement : CypherFiles.statements("db/coordination-schema.cypher")) {
            for (int attempt = 1; ; attempt++) {
                try {
                    graph.inWriteTransaction(statements -> statements.run(statement, Map.of()));
                    break;
                } catch (RuntimeException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                    log.debug("Contrainte des baux créée en même temps par une autre instance : {}", e.getMessage());
                }
            }
        }
    }

    /** This app instance's id: its host, process and a random part, as the leases and the logs name it. */
    public String instance() {
        return instance;
    }

    /** How long a lease outlives its last heartbeat. */
    public Duration duration() {
        return duration;
    }

    /** Takes the lease {@code name} for {@code holder} if no one else holds it now. */
    public Optional<Lease> tryTake(String name, String holder) {
        boolean taken = !graph.write("db/lease-take.cypher", Map.of("name", name, "holder", holder,
                "instance", instance, "millis", duration.toMillis()), r -> r.get("holder").asString()).isEmpty();
        if (!taken) {
            return Optional.empty();
        }
        Lease lease = new Lease(this, name, holder);
        held.add(lease);
        return Optional.of(lease);
    }

    /**
     * Takes the lease {@code name} for {@code holder}, waiting while another holds it, for as long
     * as {@code stillWanted} says so.
     *
     * @return empty once it is no longer wanted
     */
    public Optional<Lease> take(String name, String holder, BooleanSupplier stillWanted) {
        boolean told = false;
        while (stillWanted.getAsBoolean()) {
            Optional<Lease> lease = tryTake(name, holder);
            if (lease.isPresent()) {
                return lease;
            }
            if (!told) {
                holder(name).ifPresent(other -> log.info("Bail « {} » tenu par {} ({}) : attente", name, other.holder(),
                        other.instance()));
                told = true;
            }
            try {
                Thread.sleep(beatMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Takes the lease {@code name} for this instance, waiting as long as another holds it: for the
     * work every instance does once at start (the schema, the first users, the demo).
     */
    public Lease takeForThisInstance(String name) {
        return take(name, instance, () -> true).orElseThrow();
    }

    /** The holder of a lease that runs now. */
    public record Holder(String holder, String instance, String expiresAt) {
    }

    /** Who holds the lease {@code name} now, if anyone. */
    public Optional<Holder> holder(String name) {
        return graph.readUnbounded("db/lease-holder.cypher", Map.of("name", name), r -> new Holder(
                r.get("holder").asString(), r.get("instance").asString(), r.get("expiresAt").asString())).stream().findFirst();
    }

    /** The app instances alive now, this one among them. */
    public List<String> liveInstances() {
        return graph.readUnbounded("db/lease-live-instances.cypher", Map.of("prefix", INSTANCE_PREFIX),
                r -> r.get("instance").asString());
    }

    void release(Lease lease) {
        if (held.remove(lease) && !lease.lost()) {
            graph.write("db/lease-release.cypher", Map.of("name", lease.name(), "holder", lease.holder(),
                    "instance", instance));
        }
    }

    /** Renews every lease this instance holds; the heartbeat's thread calls it (tests too, not to wait for it). */
    void beat() {
        for (Lease lease : held) {
            try {
                boolean kept = !graph.write("db/lease-renew.cypher", Map.of("name", lease.name(), "holder", lease.holder(),
                        "instance", instance, "millis", duration.toMillis()), r -> r.get("name").asString()).isEmpty();
                if (!kept && held.remove(lease)) {
                    lease.lose();
                    log.error("Bail « {} » perdu : une autre instance l'a pris après son échéance ({} s sans battement)",
                            lease.name(), duration.toSeconds());
                }
            } catch (RuntimeException e) {
                // The database may be away for a moment: the lease holds until its end, the next beat tries again.
                log.warn("Bail « {} » : battement manqué ({})", lease.name(), e.getMessage());
            }
        }
    }

    /**
     * Stops the heartbeat, then gives back this instance's own lease; the others close with their
     * work. Done as the app begins to stop, before any bean goes: the graph reaches the embedded
     * database through a provider, so the database may stop before this bean, and a beat written
     * while it stops makes it fail its shutdown.
     */
    @EventListener(ContextClosedEvent.class)
    void stop() throws InterruptedException {
        heartbeat.shutdownNow();
        heartbeat.awaitTermination(10, TimeUnit.SECONDS);
        if (presence != null) {
            try {
                presence.close();
            } catch (RuntimeException e) {
                log.debug("Bail de l'instance non rendu : il arrivera à échéance ({})", e.getMessage());
            }
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "hote-inconnu";
        }
    }
}
