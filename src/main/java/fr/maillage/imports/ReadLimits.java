package fr.maillage.imports;

/**
 * How much of a bundle is read before it is refused (limites de lecture): a hostile bundle
 * (a cell of gigabytes, a million columns, a zip that unpacks to terabytes) is refused as it
 * streams, by counting what is actually read, never trusting what a header says, and before it
 * fills memory or disk. Cells and records are counted in characters, zip sizes in bytes inflated.
 */
record ReadLimits(int maxCellLength, int maxColumns, int maxRecordLength, long maxUnzippedSize, long maxEntrySize,
                  int maxEntries, int maxCompressionRatio) {

    /** The defaults of {@link ImportProperties}, for tests and tools that read a bundle outside the app. */
    static final ReadLimits DEFAULT = of(new ImportProperties());

    static ReadLimits of(ImportProperties properties) {
        return new ReadLimits(properties.getMaxCellLength(), properties.getMaxColumns(),
                properties.getMaxRecordLength(), properties.getMaxUnzippedSize().toBytes(),
                properties.getMaxEntrySize().toBytes(), properties.getMaxEntries(), properties.getMaxCompressionRatio());
    }
}
