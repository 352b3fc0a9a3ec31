package fr.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
import fr.maillage.api.Window;
import fr.maillage.imports.BundleImporter;

/**
 * Capacity against demand in the comparison and the report, on the fixture
 * {@code analysis/capacity} (its README works the figures out), over a window ending on its D.
 */
@MaillageTest
class CapacityIndicatorsTest {

    private static final Window FIRST_HALF_2026 = new Window(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"));

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired Comparisons comparisons;
    @Autowired StrategicReports reports;
    @Autowired ReportRenderer renderer;

    @BeforeEach
    void fixture() {
        Fixtures.load(driver, importer, "analysis/capacity");
    }

    @Test
    void theComparisonCountsSaturatedStructuresAndMissingPlacesOnTheWindowsLastDay() {
        IndicatorRow terr = comparisons.compare(List.of("terr"), FIRST_HALF_2026, false).get(0);
        assertThat(terr.values()).containsEntry("capacity.structures", 3L)
                .containsEntry("capacity.saturated", 1L)
                .containsEntry("capacity.saturatedShare", 0.3333)
                .containsEntry("capacity.missingPlaces", "<5");
        assertThat(terr.per1000()).containsEntry("capacity.missingPlaces", null);
        assertThat(terr.suppressed()).contains("capacity.missingPlaces").doesNotContain("capacity.saturatedShare");
    }

    @Test
    void theReportListsTheSaturatedStructuresWithSmallCountsHidden() {
        StrategicReport report = reports.of("terr", FIRST_HALF_2026);
        assertThat(report.capacity().saturated()).containsExactly(
                new StrategicReport.Occupied("SSIAD du territoire", "SSIAD", "<5", "3", "<5", "<5"));
        assertThat(report.capacity().figures()).extracting(StrategicReport.Line::value)
                .containsExactly("3", "1", "33,3 %", "<5");
        assertThat(renderer.html(report, "?format=pdf")).contains("6. Capacités et demande au").contains("SSIAD du territoire");
    }
}
