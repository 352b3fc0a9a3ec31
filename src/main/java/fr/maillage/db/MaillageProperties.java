package fr.maillage.db;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code maillage.*}. */
@ConfigurationProperties(prefix = "maillage")
public class MaillageProperties {

    /** Folder of the embedded Neo4j store. */
    private String dataDir = "./data";

    /** Bolt port of the embedded database when {@code maillage.bolt.enabled}; 0 picks a free loopback port at each start. */
    private int boltPort = 0;

    private final Bolt bolt = new Bolt();

    private final Gate publication = new Gate();

    /** Page cache of the embedded database, in bytes. */
    private long pageCacheBytes = 512L * 1024 * 1024;

    /** Load the demo territories on a first start with an empty database. */
    private boolean demo = true;

    /**
     * Longest a read transaction may run before the database stops it and the request answers
     * 503 ({@link QueryTimedOutException}); imports' writes are not bound by it.
     */
    private Duration queryTimeout = Duration.ofSeconds(30);

    /**
     * How long a lease kept in the database ({@link Leases}: the import's turn, an instance's
     * presence) outlives its instance's last heartbeat; the heartbeat beats every fifteenth of it.
     * A dead instance's import is rolled back this long after it stopped, at most twice that.
     */
    private Duration leaseDuration = Duration.ofSeconds(30);

    public String getDataDir() { return dataDir; }
    public void setDataDir(String dataDir) { this.dataDir = dataDir; }
    public Bolt getBolt() { return bolt; }
    public Gate getPublication() { return publication; }
    public int getBoltPort() { return boltPort; }
    public void setBoltPort(int boltPort) { this.boltPort = boltPort; }
    public long getPageCacheBytes() { return pageCacheBytes; }
    public void setPageCacheBytes(long pageCacheBytes) { this.pageCacheBytes = pageCacheBytes; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public Duration getQueryTimeout() { return queryTimeout; }
    public void setQueryTimeout(Duration queryTimeout) { this.queryTimeout = queryTimeout; }
    public Duration getLeaseDuration() { return leaseDuration; }
    public void setLeaseDuration(Duration leaseDuration) { this.leaseDuration = leaseDuration; }

    /** Settings under {@code maillage.bolt.*}. */
    public static class Bolt {

        /**
         * Opens the embedded database's Bolt connector (127.0.0.1 only, user {@code neo4j} with the
         * password of {@code <data-dir>/bolt-password}) for cypher-shell and other tools; the app itself
         * never needs it.
         */
        private boolean enabled = false;

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }

    /** Settings under {@code maillage.publication.*}: the publication gate of instances sharing a server ({@link PublicationGate}). */
    public static class Gate {

        /** How often an instance looks whether another is publishing, and holds its readers then. */
        private Duration watch = Duration.ofMillis(500);

        /**
         * How long a publication waits for every other instance alive to hold its readers (each
         * first lets its requests under way finish) before the import fails, rolled back.
         */
        private Duration patience = Duration.ofMinutes(10);

        public Duration getWatch() { return watch; }
        public void setWatch(Duration watch) { this.watch = watch; }
        public Duration getPatience() { return patience; }
        public void setPatience(Duration patience) { this.patience = patience; }
    }
}
