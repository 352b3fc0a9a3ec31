package fr.maillage.network;

import java.time.LocalDate;

/**
 * One referral along an arc of the referral digraph, without the person it is about.
 *
 * @param status       the status as recorded in the bundle
 * @param responseDate null while unknown
 */
public record ArcReferral(LocalDate date, String status, LocalDate responseDate) {
}
