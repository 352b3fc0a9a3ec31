package fr.maillage.network;

import java.time.LocalDate;

/**
 * A declared partnership (partenariat déclaré, a perceived tie) between two nodes of the
 * méta-réseau, in force on at least one day of the window; {@code source < target} in id order.
 * Never merged into the observed links.
 */
public record DeclaredPartnership(String source, String target, String kind, LocalDate since, LocalDate until,
                                  Long strength) {
}
