package fr.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.maillage.report.Indicator.Kind;

class SmallCellsTest {

    /** Every indicator at {@code count}, shares and averages at a value that would betray it. */
    private static Map<String, Number> everything(long count) {
        Map<String, Number> raw = new HashMap<>();
        for (Indicator indicator : Indicators.ALL) {
            raw.put(indicator.key(), switch (indicator.kind()) {
                case COUNT, PERSON_COUNT, AMOUNT -> count;
                case SHARE -> 0.5;
                case AVERAGE, METRIC -> 3.0;
            });
        }
        return raw;
    }

    @Test
    void everyPersonCountBelowFiveReadsLessThanFiveAndItsRateIsHidden() {
        for (long count = 0; count < SmallCells.THRESHOLD; count++) {
            SmallCells.Published row = SmallCells.publish(everything(count), 2000L);
            for (Indicator indicator : Indicators.ALL) {
                Object value = row.values().get(indicator.key());
                switch (indicator.kind()) {
                    case PERSON_COUNT -> {
                        assertThat(value).as(indicator.key()).isEqualTo("<5");
                        assertThat(row.per1000().get(indicator.key())).as(indicator.key()).isNull();
                        assertThat(row.suppressed()).contains(indicator.key());
                    }
                    case SHARE, AVERAGE -> {
                        // a share of structure counts (saturated structures) betrays no person
                        if (overPersons(indicator)) {
                            assertThat(value).as(indicator.key()).isNull();
                        } else {
                            assertThat(value).as(indicator.key()).isEqualTo(0.5);
                        }
                    }
                    // euros count no person: a small amount is shown as it is
                    case COUNT, AMOUNT -> assertThat(value).as(indicator.key()).isEqualTo(count);
                    case METRIC -> assertThat(value).as(indicator.key()).isEqualTo(3.0);
                }
            }
        }
    }

    private static boolean overPersons(Indicator indicator) {
        return Indicators.get(indicator.base()).kind() == Kind.PERSON_COUNT
                || indicator.numerator() != null && Indicators.get(indicator.numerator()).kind() == Kind.PERSON_COUNT;
    }

    @Test
    void personCountsFromFiveOnAreShownWithTheirRate() {
        SmallCells.Published row = SmallCells.publish(everything(5), 2000L);
        Indicators.ALL.stream().filter(i -> i.kind() == Kind.PERSON_COUNT).forEach(i -> {
            assertThat(row.values().get(i.key())).as(i.key()).isEqualTo(5L);
            if (i.perThousand()) {
                assertThat(row.per1000().get(i.key())).as(i.key()).isEqualTo(2.5);
            }
        });
        assertThat(row.values().get("referrals.acceptanceRate")).isEqualTo(0.5);
        assertThat(row.suppressed()).isEmpty();
    }

    @Test
    void aShareIsHiddenWhenItsNumeratorIsSmallEvenIfItsBaseIsNot() {
        Map<String, Number> raw = everything(20);
        raw.put(Indicators.status("refusee"), 2L);
        raw.put("referrals.refusalRate", 0.1);
        SmallCells.Published row = SmallCells.publish(raw, 2000L);
        assertThat(row.values().get("referrals.refusalRate")).isNull();
        assertThat(row.values().get("referrals.acceptanceRate")).isEqualTo(0.5);
        assertThat(row.suppressed()).contains("referrals.refusalRate", Indicators.status("refusee"));
    }

    @Test
    void unknownPopulationAgedSeventyFivePlusGivesNoRatesAndSaysSo() {
        SmallCells.Published row = SmallCells.publish(everything(12), null);
        assertThat(row.per1000().values()).containsOnlyNulls();
        assertThat(row.ratesNote()).contains("inconnue");
        assertThat(row.values().get(Indicators.STRUCTURES)).isEqualTo(12L);
    }
}
