package org.lantern.reports.analysis;

import java.util.List;

/**
 * The analysis data of one release: its columns, its rows (each cell as written to the CSV, empty
 * for no value) and the survey's themes and questions.
 *
 * @param title    what the data is, for the file label
 * @param dataFile the CSV's file name, as the syntax files refer to it
 * @param object   the name the R script gives the data frame: {@code lantern} for the main table,
 *                 {@code lantern_trend} and so on for the others, so that one R session can hold them all
 */
public record AnalysisTable(String title, String dataFile, List<Variable> variables, List<List<String>> rows,
                            List<Question> questions, String object) {

    /** The main table, loaded in R as {@code lantern}. */
    public AnalysisTable(String title, String dataFile, List<Variable> variables, List<List<String>> rows, List<Question> questions) {
        this(title, dataFile, variables, rows, questions, "lantern");
    }

    /** The column's values, one per row. */
    public List<String> column(String name) {
        int index = variables.stream().map(Variable::name).toList().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("No column " + name);
        }
        return rows.stream().map(r -> r.get(index)).toList();
    }
}
