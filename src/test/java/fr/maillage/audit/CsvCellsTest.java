package fr.maillage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.maillage.api.CsvCells;

/** The rule the audit CSV writes its cells by: what a spreadsheet would run as a formula is written as text. */
class CsvCellsTest {

    @Test
    void aCellAFormulaCouldStartWithIsWrittenAfterAnApostrophe() {
        for (String formula : new String[] {"=1+1", "+33 6", "-2", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertThat(CsvCells.safe(formula)).isEqualTo("'" + formula);
        }
    }

    @Test
    void otherCellsAreWrittenAsTheyAre() {
        assertThat(CsvCells.safe("pilote-nord")).isEqualTo("pilote-nord");
        assertThat(CsvCells.safe("GET /api/territories/nord/persons")).isEqualTo("GET /api/territories/nord/persons");
        assertThat(CsvCells.safe("a=1")).isEqualTo("a=1");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe(null)).isNull();
    }
}
