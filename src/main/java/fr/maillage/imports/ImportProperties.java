package fr.maillage.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Settings under {@code maillage.import.*}. */
@ConfigurationProperties(prefix = "maillage.import")
public class ImportProperties {

    /** Rows per UNWIND statement, each batch committed in its own transaction with its undo journal. */
    private int batchSize = 5000;

    /**
     * Rows of an entity that had no node yet are created through the embedded database's Java
     * API ({@link DirectCreation}); false writes them with the Cypher files, as on a server.
     */
    private boolean directCreation = true;

    /**
     * Writing lanes of a first import's direct creation ({@link WritingLanes}): batches of
     * different persons written at once. Two use the second core of a 2-core machine.
     */
    private int writers = Math.min(2, Runtime.getRuntime().availableProcessors());

    /**
     * The only folder of the server that {@code POST /api/imports?path=} may read ({@link ImportFolder});
     * empty: imports from the server's folders are off.
     */
    private String folder = "";

    /**
     * The largest upload, all parts together; application.properties hands it to Spring's multipart
     * limits, and the 413 answer names it.
     */
    private DataSize maxUploadSize = DataSize.ofGigabytes(2);

    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    public boolean isDirectCreation() { return directCreation; }
    public void setDirectCreation(boolean directCreation) { this.directCreation = directCreation; }
    public int getWriters() { return writers; }
    public void setWriters(int writers) { this.writers = writers; }
    public String getFolder() { return folder; }
    public void setFolder(String folder) { this.folder = folder; }
    public DataSize getMaxUploadSize() { return maxUploadSize; }
    public void setMaxUploadSize(DataSize maxUploadSize) { this.maxUploadSize = maxUploadSize; }
}
