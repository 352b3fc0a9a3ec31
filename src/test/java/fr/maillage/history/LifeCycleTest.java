package fr.maillage.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The life-cycle rule at its edges, on exchanges given by hand (README, "Life cycle and history"). */
class LifeCycleTest {

    private static LifePhase phase(int year, String opened, String closed, boolean absorbed, Map<Integer, Long> exchanges,
                                   boolean appears) {
        return LifeCycle.phase(year, opened == null ? null : LocalDate.parse(opened),
                closed == null ? null : LocalDate.parse(closed), absorbed, y -> exchanges.getOrDefault(y, 0L), y -> appears);
    }

    @Test
    void aRiseWithinTheSquareRootOfLastYearsCountIsNoGrowth() {
        assertThat(LifeCycle.grows(4, 6)).isFalse();
        assertThat(LifeCycle.grows(4, 7)).isTrue();
        assertThat(LifeCycle.grows(0, 1)).isTrue();
        assertThat(LifeCycle.grows(0, 0)).isFalse();
        assertThat(LifeCycle.grows(100, 110)).isFalse();
        assertThat(LifeCycle.grows(100, 111)).isTrue();
    }

    @Test
    void developmentLastsAtMostThreeYearsAndEndsForGoodAtTheFirstYearThatDoesNotGrow() {
        Map<Integer, Long> growing = Map.of(2020, 1L, 2021, 3L, 2022, 6L, 2023, 20L);
        assertThat(phase(2022, "2020-05-01", null, false, growing, false)).isEqualTo(LifePhase.DEVELOPPEMENT);
        assertThat(phase(2023, "2020-05-01", null, false, growing, false)).isEqualTo(LifePhase.ROUTINE_PRECAIRE);
        Map<Integer, Long> stalling = Map.of(2020, 4L, 2021, 6L, 2022, 30L);
        assertThat(phase(2021, "2020-05-01", null, false, stalling, false)).isEqualTo(LifePhase.ROUTINE_PRECAIRE);
        assertThat(phase(2022, "2020-05-01", null, false, stalling, false)).isEqualTo(LifePhase.ROUTINE_PRECAIRE);
    }

    @Test
    void theClosingYearIsTheEndOrTheAbsorptionEvenTheYearItOpened() {
        assertThat(phase(2021, "2021-02-01", "2021-11-30", true, Map.of(), true)).isEqualTo(LifePhase.ABSORPTION);
        assertThat(phase(2021, null, "2021-11-30", false, Map.of(), true)).isEqualTo(LifePhase.FIN);
        assertThat(phase(2022, null, "2021-11-30", false, Map.of(), true)).isNull();
    }

    @Test
    void beforeOpeningAStructureHasAPrehistoryOnlyWhereItAlreadyAppears() {
        assertThat(phase(2019, "2021-02-01", null, false, Map.of(), true)).isEqualTo(LifePhase.PRE_HISTOIRE);
        assertThat(phase(2019, "2021-02-01", null, false, Map.of(), false)).isNull();
        assertThat(phase(1990, null, null, false, Map.of(), false)).isEqualTo(LifePhase.ROUTINE_PRECAIRE);
    }

    @Test
    void onlyAStructureStillDevelopingAtTheStartNeedsTheYearsBeforeIt() {
        assertThat(LifeCycle.firstYearNeeded(LocalDate.parse("2020-05-01"), 2022)).isEqualTo(2020);
        assertThat(LifeCycle.firstYearNeeded(LocalDate.parse("2019-05-01"), 2022)).isEqualTo(2022);
        assertThat(LifeCycle.firstYearNeeded(LocalDate.parse("2023-05-01"), 2022)).isEqualTo(2022);
        assertThat(LifeCycle.firstYearNeeded(null, 2022)).isEqualTo(2022);
    }
}
