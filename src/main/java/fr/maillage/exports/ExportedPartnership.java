package fr.maillage.exports;

import java.time.LocalDate;

/**
 * A declared partnership (partenariat déclaré) between two structures of the méta-réseau: a perceived
 * tie, exported apart from the exchange edges and never merged into them.
 */
public record ExportedPartnership(String source, String target, String kind, LocalDate since, LocalDate until,
                                  Long strength) {
}
