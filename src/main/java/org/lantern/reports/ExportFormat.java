package org.lantern.reports;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.lantern.base.Keyed;

import java.util.Optional;

/** The files a report can be downloaded as. */
@RequiredArgsConstructor
@Getter
public enum ExportFormat implements Keyed {
    /** Tidy data, one row per question or theme × team × wave pair, for R or SPSS. */
    CSV("text/csv", "Data for R or SPSS (CSV)"),
    /** A workbook with one sheet per part of the report. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Spreadsheet (XLSX)"),
    /** A board paper: title page, method note, tables and charts. */
    PDF("application/pdf", "Board paper (PDF)"),
    /** The tables as labelled data with SPSS/PSPP, R and Stata syntax and a codebook, in one ZIP. */
    ZIP("application/zip", "Analysis files (SPSS, R, Stata)");

    private final String contentType;
    private final String label;

    public String extension() {
        return key();
    }

    public static Optional<ExportFormat> fromExtension(String extension) {
        return Keyed.fromKeyIgnoringCase(ExportFormat.class, extension);
    }
}
