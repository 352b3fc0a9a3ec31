package fr.maillage.coordination;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The consolidated account of coordination of a territory (compte consolidé de la coordination,
 * contract v1.2), year by year. Amounts are euros, summed exactly (a bundle may carry amounts up
 * to the largest integer); they count no person, so every role reads them as they are.
 *
 * @param structureIds the structures of the territory's ecology funded in one of the years, by id
 */
public record FundingAnswer(List<FundingYear> years, List<String> structureIds) {

    /**
     * One year of the account: every year of the range has one, zeros included (nothing recorded).
     *
     * @param per1000Aged75Plus total × 1000 / the territory's population aged 75+, null when that is unknown or 0
     * @param byFunder          funder code to amount, funders funding nothing that year left out
     * @param byPurpose         purpose code to amount; rows without a purpose under {@value Fundings#UNKNOWN_PURPOSE}
     */
    public record FundingYear(int year, BigInteger total, Double per1000Aged75Plus, Map<String, BigInteger> byFunder,
                              Map<String, BigInteger> byPurpose) {
    }
}
