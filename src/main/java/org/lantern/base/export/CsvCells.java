package org.lantern.base.export;

import org.jspecify.annotations.Nullable;

/**
 * CSV cells that a spreadsheet opens as text, never as a formula (CSV or formula injection): a cell
 * starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets show as text. Quoting for the CSV format itself is the writer's job.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** {@code value} safe to open in a spreadsheet; {@code null} becomes an empty cell. */
    public static String guard(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
