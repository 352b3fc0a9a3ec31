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

    /** Page cache of the embedded database, in bytes. */
    private long pageCacheBytes = 512L * 1024 * 1024;

    /** Load the demo territories on a first start with an empty database. */
    private boolean demo = true;

    /**
     * Longest a read transaction may run before the database stops it and the request answers
     * 503 ({@link QueryTimedOutException}); imports' writes are not bound by it.
     */
    private Duration queryTimeout = Duration.ofSeconds(30);

    public String getDataDir() { return dataDir; }
    public void setDataDir(String dataDir) { this.dataDir = dataDir; }
    public Bolt getBolt() { return bolt; }
    public int getBoltPort() { return boltPort; }
    public void setBoltPort(int boltPort) { this.boltPort = boltPort; }
    public long getPageCacheBytes() { return pageCacheBytes; }
    public void setPageCacheBytes(long pageCacheBytes) { this.pageCacheBytes = pageCacheBytes; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public Duration getQueryTimeout() { return queryTimeout; }
    public void setQueryTimeout(Duration queryTimeout) { this.queryTimeout = queryTimeout; }

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
}
