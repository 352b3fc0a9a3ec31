package fr.maillage.exports;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import fr.maillage.api.BadParameterException;

/** The export formats of the contract (formats d'export), with their media type and file extension. */
public enum ExportFormat {
    GEXF("application/gexf+xml", "gexf", GexfWriter::new),
    GRAPHML("application/graphml+xml", "graphml", GraphMlWriter::new),
    CSV("application/zip", "zip", CsvZipWriter::new);

    private final String mediaType;
    private final String extension;
    private final Supplier<NetworkWriter> writer;

    ExportFormat(String mediaType, String extension, Supplier<NetworkWriter> writer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.writer = writer;
    }

    /** The format named by the {@code format} parameter; 400 for any other name. */
    public static ExportFormat parse(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new BadParameterException("format", "Paramètre « format » invalide : « " + name
                        + " » (valeurs possibles : gexf, graphml, csv)"));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    NetworkWriter writer() {
        return writer.get();
    }
}
