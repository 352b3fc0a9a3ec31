package fr.maillage.exports;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.maillage.api.Window;

/**
 * The reproducibility header (en-tête de reproductibilité) every export carries: what was asked, over
 * which window, on which data, when, and by which Maillage.
 *
 * @param query       the request that produced the export, e.g. {@code GET /api/territories/combes/export?format=gexf&from=...&to=...}
 * @param dataVersion   the data the export was computed from: the latest import written whole
 * @param contentSha256 SHA-256 of the exported nodes, edges and partnerships (header excluded): two
 *                      exports with the same fingerprint hold the same network
 */
public record ExportHeader(String query, String territoryId, Window window, String dataVersion,
                           String contentSha256, Instant exportedAt, String maillageVersion) {

    /** The header as ordered key-value pairs, the same in every format. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("query", query);
        fields.put("territoryId", territoryId);
        fields.put("from", window.from().toString());
        fields.put("to", window.to().toString());
        fields.put("dataVersion", dataVersion);
        fields.put("contentSha256", contentSha256);
        fields.put("exportedAt", exportedAt.toString());
        fields.put("maillageVersion", maillageVersion);
        return fields;
    }

    /** One {@code key: value} line per field, for formats whose header is free text. */
    public String asText() {
        StringBuilder text = new StringBuilder();
        fields().forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
        return text.toString();
    }
}
