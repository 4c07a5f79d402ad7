package org.lantern.base.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+44 20", "-1+1", "@SUM(A1)", "\tx", "\rx"})
    void aCellThatASpreadsheetWouldRunAsAFormulaIsTakenAsText(String cell) {
        assertThat(CsvCells.guard(cell)).isEqualTo("'" + cell);
    }

    @Test
    void otherCellsAreUnchangedAndNothingBecomesAnEmptyCell() {
        assertThat(CsvCells.guard("Team North")).isEqualTo("Team North");
        assertThat(CsvCells.guard("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.guard("Łukasz")).isEqualTo("Łukasz");
        assertThat(CsvCells.guard("")).isEmpty();
        assertThat(CsvCells.guard(null)).isEmpty();
    }
}
