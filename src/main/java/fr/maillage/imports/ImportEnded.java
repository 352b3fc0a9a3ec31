package fr.maillage.imports;

/**
 * Published when an import that may have written has ended, published or rolled back: the data
 * may have changed (derived data such as the exchange logs are built again). Not published for a
 * rejected bundle, which wrote nothing.
 *
 * @param status {@link ImportStatus#DONE} or {@link ImportStatus#FAILED}
 */
public record ImportEnded(String importId, String status) {
}
