package fr.maillage.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code maillage.import.*}. */
@ConfigurationProperties(prefix = "maillage.import")
public class ImportProperties {

    /** Rows per UNWIND statement, each batch committed in its own transaction with its undo journal. */
    private int batchSize = 5000;

    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
}
