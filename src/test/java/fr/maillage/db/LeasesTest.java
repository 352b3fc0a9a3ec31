package fr.maillage.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;

/**
 * The leases app instances take turns by: another instance is played by a {@code :Lease} node
 * written by hand, alive or past its end.
 */
@MaillageTest
class LeasesTest {

    @Autowired Leases leases;
    @Autowired Driver driver;

    @BeforeEach
    void noTestLeases() {
        cypher("MATCH (l:Lease) WHERE l.name STARTS WITH 'essai' DELETE l", Map.of());
    }

    @Test
    void leaseIsHeldByOneHolderAtATimeThenByTheNextOnceGivenBack() {
        Lease first = leases.tryTake("essai", "premier").orElseThrow();

        assertThat(leases.tryTake("essai", "second")).as("held, even by the same instance").isEmpty();
        assertThat(leases.holder("essai")).hasValueSatisfying(holder -> {
            assertThat(holder.holder()).isEqualTo("premier");
            assertThat(holder.instance()).isEqualTo(leases.instance());
        });

        first.close();

        assertThat(leases.holder("essai")).isEmpty();
        try (Lease second = leases.tryTake("essai", "second").orElseThrow()) {
            assertThat(second.lost()).isFalse();
        }
    }

    @Test
    void leaseOfAnotherInstanceIsRefusedWhileItRunsAndTakenOnceItRanOut() {
        otherInstanceHolds("essai-autre", "PT1M");

        assertThat(leases.tryTake("essai-autre", "moi")).isEmpty();
        assertThat(leases.holder("essai-autre")).map(Leases.Holder::instance).contains("autre-instance");

        otherInstanceHolds("essai-autre", "-PT1S");

        assertThat(leases.holder("essai-autre")).as("ran out: held by no one").isEmpty();
        try (Lease mine = leases.tryTake("essai-autre", "moi").orElseThrow()) {
            assertThat(leases.holder("essai-autre")).map(Leases.Holder::instance).contains(leases.instance());
        }
    }

    @Test
    void leaseTakenByAnotherInstanceAfterItRanOutIsLostAtTheNextHeartbeat() {
        Lease mine = leases.tryTake("essai-perdu", "moi").orElseThrow();
        otherInstanceHolds("essai-perdu", "PT1M");

        leases.beat();

        assertThat(mine.lost()).isTrue();
        mine.close();
        assertThat(leases.holder("essai-perdu")).as("giving a lost lease back leaves the new holder's alone")
                .map(Leases.Holder::instance).contains("autre-instance");
    }

    @Test
    void heartbeatMovesTheEndOfALeaseStillHeld() throws InterruptedException {
        try (Lease mine = leases.tryTake("essai-battu", "moi").orElseThrow()) {
            ZonedDateTime firstEnd = end("essai-battu");
            // The database's clock moves on between the two ends.
            Thread.sleep(5);

            leases.beat();

            assertThat(end("essai-battu")).isAfter(firstEnd);
            assertThat(mine.lost()).isFalse();
        }
    }

    @Test
    void instancesAliveAreThoseWhoseOwnLeaseRuns() {
        cypher("MERGE (l:Lease {name: 'instance:essai-morte'}) SET l.instance = 'essai-morte', l.holder = 'essai-morte',"
                + " l.expiresAt = datetime() - duration('PT1S')", Map.of());
        cypher("MERGE (l:Lease {name: 'instance:essai-vivante'}) SET l.instance = 'essai-vivante',"
                + " l.holder = 'essai-vivante', l.expiresAt = datetime() + duration('PT1M')", Map.of());
        try {
            assertThat(leases.liveInstances()).contains(leases.instance(), "essai-vivante").doesNotContain("essai-morte");
        } finally {
            cypher("MATCH (l:Lease) WHERE l.name STARTS WITH 'instance:essai' DELETE l", Map.of());
        }
    }

    private ZonedDateTime end(String lease) {
        return ZonedDateTime.parse(leases.holder(lease).orElseThrow().expiresAt());
    }

    /** Another instance holds the lease {@code name} until now plus {@code duration} (negative: it ran out). */
    private void otherInstanceHolds(String name, String duration) {
        cypher("MERGE (l:Lease {name: $name}) SET l.holder = 'autre', l.instance = 'autre-instance',"
                + " l.expiresAt = datetime() + duration($duration)", Map.of("name", name, "duration", duration));
    }

    private void cypher(String statement, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            session.run(statement, parameters).consume();
        }
    }
}
