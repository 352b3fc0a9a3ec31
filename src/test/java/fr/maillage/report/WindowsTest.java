package fr.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.maillage.api.Window;

class WindowsTest {

    private static final Window YEAR_2025 = new Window(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"));

    @Test
    void previousWindowDefaultsToTheSameLengthJustBefore() {
        assertThat(Comparisons.previous(YEAR_2025, null, null))
                .isEqualTo(new Window(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-12-31")));
        Window march = new Window(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"));
        assertThat(Comparisons.previous(march, null, null))
                .isEqualTo(new Window(LocalDate.parse("2025-01-29"), LocalDate.parse("2025-02-28")));
    }

    @Test
    void oneGivenPreviousBoundKeepsTheCurrentLength() {
        assertThat(Comparisons.previous(YEAR_2025, LocalDate.parse("2023-01-01"), null))
                .isEqualTo(new Window(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31")));
        assertThat(Comparisons.previous(YEAR_2025, LocalDate.parse("2023-06-01"), LocalDate.parse("2023-06-30")))
                .isEqualTo(new Window(LocalDate.parse("2023-06-01"), LocalDate.parse("2023-06-30")));
    }
}
