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

    /**
     * The longest cell, in characters (64 Ki): the longest value of the contract is a structure's
     * name or a list of codes, a few hundred characters; a longer cell is refused as it is read,
     * before it is held in memory, and never stored to weigh on every later answer.
     */
    private int maxCellLength = 65_536;

    /** The most columns of a file: the contract's widest file has 16, so a file of a million is refused at its header. */
    private int maxColumns = 1_000;

    /** The longest record (one row, all its cells), in characters (1 Mi): bounds the memory one row takes. */
    private int maxRecordLength = 1_048_576;

    /**
     * A zip's entries together, as inflated (counted as they are read, not as the zip's headers say):
     * ten times the largest upload, CSV compressing about five to ten times.
     */
    private DataSize maxUnzippedSize = DataSize.ofGigabytes(20);

    /** One entry of a zip, as inflated. */
    private DataSize maxEntrySize = DataSize.ofGigabytes(10);

    /** Entries of a zip: the contract has 8 files; a zip of thousands of entries is not a bundle. */
    private int maxEntries = 100;

    /**
     * Inflated bytes per compressed byte of an entry, checked once it has inflated 1 MiB: CSV files
     * compress 5 to 20 times; a zip bomb hundreds or thousands of times.
     */
    private int maxCompressionRatio = 100;

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
    public int getMaxCellLength() { return maxCellLength; }
    public void setMaxCellLength(int maxCellLength) { this.maxCellLength = maxCellLength; }
    public int getMaxColumns() { return maxColumns; }
    public void setMaxColumns(int maxColumns) { this.maxColumns = maxColumns; }
    public int getMaxRecordLength() { return maxRecordLength; }
    public void setMaxRecordLength(int maxRecordLength) { this.maxRecordLength = maxRecordLength; }
    public DataSize getMaxUnzippedSize() { return maxUnzippedSize; }
    public void setMaxUnzippedSize(DataSize maxUnzippedSize) { this.maxUnzippedSize = maxUnzippedSize; }
    public DataSize getMaxEntrySize() { return maxEntrySize; }
    public void setMaxEntrySize(DataSize maxEntrySize) { this.maxEntrySize = maxEntrySize; }
    public int getMaxEntries() { return maxEntries; }
    public void setMaxEntries(int maxEntries) { this.maxEntries = maxEntries; }
    public int getMaxCompressionRatio() { return maxCompressionRatio; }
    public void setMaxCompressionRatio(int maxCompressionRatio) { this.maxCompressionRatio = maxCompressionRatio; }
}
