package fr.maillage.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

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

    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    public boolean isDirectCreation() { return directCreation; }
    public void setDirectCreation(boolean directCreation) { this.directCreation = directCreation; }
}
