package fr.maillage;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Test helpers on the graph itself. */
public final class TestGraph {

    private TestGraph() {
    }

    /**
     * Deletes every node and relationship but the users, the audit trail and the leases, which live beside the
     * data as they do in an installation (the test apps' admin signs in across tests); the schema stays.
     */
    public static void clear(Driver driver) {
        try (Session session = driver.session()) {
            session.run("MATCH (n) WHERE NOT (n:User OR n:AuditRecord OR n:AuditHead OR n:Lease OR n:PublicationGate) "
                    + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    /**
     * Nodes and relationships in the whole database, but for the exchange logs (derived data, like
     * an index, that the app may build in the background at any time) the users, the audit trail and the leases.
     */
    public static long[] counts(Driver driver) {
        try (Session session = driver.session()) {
            long nodes = session.run("MATCH (n) WHERE NOT (n:ExchangeLog OR n:User OR n:AuditRecord OR n:AuditHead OR n:Lease OR n:PublicationGate) RETURN count(n) AS c").single().get("c").asLong();
            long rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
            return new long[] {nodes, rels};
        }
    }
}
