package org.lantern.reports.analysis;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lantern.base.export.TextZip;
import org.lantern.reports.Report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The analysis files of a report as one ZIP: the data ({@code name.csv}), the syntax that loads it into
 * SPSS/PSPP ({@code name.sps}), R ({@code name.R}) and Stata ({@code name.do}), and the codebook
 * ({@code name-codebook.csv}), all UTF-8. The trend over all waves ({@code name-trend.csv}) and attrition
 * ({@code name-attrition.csv}), when the release has them, are tables of their own with their own syntax files.
 */
public final class AnalysisFiles {

    private AnalysisFiles() {
    }

    /** The ZIP of the report's analysis files, each named {@code name} with its own extension. */
    public static byte[] zip(Report report, String name) {
        List<AnalysisTable> tables = AnalysisData.tables(report, name);
        TextZip zip = new TextZip();
        for (AnalysisTable table : tables) {
            String base = table.dataFile().replaceAll("\\.csv$", "");
            zip.add(table.dataFile(), data(table));
            zip.add(base + ".sps", SpssSyntax.write(table));
            zip.add(base + ".R", RScript.write(table));
            zip.add(base + ".do", StataDo.write(table));
        }
        return zip.add(name + "-codebook.csv", Codebook.csv(tables, report.primaryOutcome().facts())).finish();
    }

    /** The data as CSV: a header of column names, then the rows. */
    static String data(AnalysisTable table) {
        return csv(table.variables().stream().map(Variable::name).toList(), table.rows());
    }

    /** A header and rows as CSV, text quoted only where it must be. */
    static String csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(header);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
