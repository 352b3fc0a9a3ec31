package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-02", "2024-02-29", "1926-12-31", "2000-02-29"})
    void isoDatesAreRead(String cell) {
        assertThat(Column.readDate(cell)).isEqualTo(LocalDate.parse(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-02",
            "24-01-02", "2024/01/02", "+2024-01-02", "2024-01-02 ", " 2024-01-02", "2024-01-0x", "２０２４-01-02",
            "02/01/2024", "2024-01-021"})
    void anythingElseIsRejectedWithTheExpectedForm(String cell) {
        assertThatThrownBy(() -> Column.readDate(cell)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("« " + cell + " » n'est pas une date AAAA-MM-JJ valide");
    }
}
