package fr.maillage.coordination;

import com.fasterxml.jackson.annotation.JsonIgnore;

import fr.maillage.access.MaskedWithSmallCounts;
import fr.maillage.access.PersonCount;
import fr.maillage.access.SmallCounts;

/**
 * How one receiving structure of the guichet intégré answered the referrals about the persons
 * of the territory dated in the window (contract v1.2). Every count is of referrals, each about a
 * person: a planner reads it under the small-cell rule, and the median delay is masked when it
 * is computed over a small count.
 *
 * @param medianResponseDays over the referrals {@code answered}; null when none was
 */
public record GuichetRow(String structureId, @PersonCount long received, @PersonCount long answered,
                         @MaskedWithSmallCounts(parts = "smallAnswered") Double medianResponseDays,
                         @PersonCount long refused, @PersonCount long redirected, @PersonCount long withoutResponse,
                         @PersonCount long outsideRemit, @PersonCount long late) {

    /** 1 when the median is computed over a small count of referrals, which a planner may not read. */
    @JsonIgnore
    public long smallAnswered() {
        return answered > 0 && SmallCounts.isSmall(answered) ? 1 : 0;
    }
}
