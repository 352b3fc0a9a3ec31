package fr.maillage.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The published indicators of one territory over one window (une ligne de la comparaison),
 * after the small-cell rule: no person id, and every person count below 5 reads "<5".
 *
 * @param values     indicator key to its figure: a number, {@link SmallCells#SMALL} or {@code null}
 *                   (undefined, or hidden because it derives from a small cell)
 * @param per1000    for counts: the figure per 1,000 people aged 75+, {@code null} when hidden
 *                   or when the territory's population aged 75+ is unknown
 * @param ratesNote  why there are no rates per 1,000, or {@code null} when there are
 * @param suppressed the keys whose figure the small-cell rule hid
 */
public record IndicatorRow(String territoryId, String territoryName, String territoryKind, Long population75Plus,
                           LocalDate from, LocalDate to, Map<String, Object> values, Map<String, Double> per1000,
                           String ratesNote, List<String> suppressed) {
}
