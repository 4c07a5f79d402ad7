package org.lantern.reports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.lantern.base.export.CsvCells.guard;

/**
 * The codebook: each column of the analysis data (label, type, level, values and their labels, missing
 * codes), then each theme and question (its code in {@code measure}, wording, theme, reverse scoring,
 * whether it offers "Not applicable"), then the locked analysis plan's facts; each line names the data file it is
 * about. Written as CSV and as a page of the report's PDF.
 */
public final class Codebook {

    /** The section of the lines about the locked analysis plan. */
    public static final String PLAN = "analysis plan";

    public static final List<String> HEADER = List.of("section", "name", "label", "type", "level", "values", "missing_codes",
            "measure", "theme", "reverse_scored", "not_applicable_offered", "file");

    private Codebook() {
    }

    /** One line per column, then one per theme and question, as text cells under {@link #HEADER}. */
    public static List<List<String>> lines(AnalysisTable table) {
        return lines(List.of(table), List.of());
    }

    /**
     * One line per column of each table (the first is the main one, whose themes and questions follow), then one per
     * fact of the locked analysis plan ({@code plan}: label and value), as text cells under {@link #HEADER}.
     */
    public static List<List<String>> lines(List<AnalysisTable> tables, List<Map.Entry<String, String>> plan) {
        List<List<String>> lines = new ArrayList<>();
        for (AnalysisTable t : tables) {
            for (Variable v : t.variables()) {
                lines.add(List.of("variable", v.name(), v.label(), v.kind().name().toLowerCase(Locale.ROOT),
                        v.level().name().toLowerCase(Locale.ROOT), values(v),
                        v.missing().stream().map(String::valueOf).collect(Collectors.joining("; ")), "", "", "", "", t.dataFile()));
            }
        }
        AnalysisTable table = tables.getFirst();
        for (Question q : table.questions()) {
            lines.add(List.of("question", q.key(), q.text(), switch (q.level()) {
                case AnalysisColumns.THEME -> "theme";
                case AnalysisColumns.QUESTION -> "agree/disagree question";
                default -> "knowledge question";
            }, "", "", "", String.valueOf(q.measure()), q.theme() == null ? "" : q.theme(),
                    q.level() == AnalysisColumns.QUESTION ? String.valueOf(q.reverse()) : "",
                    q.level() == AnalysisColumns.QUESTION ? String.valueOf(q.notApplicable()) : "", table.dataFile()));
        }
        plan.forEach(fact -> lines.add(List.of(PLAN, fact.getKey(), fact.getValue(), "", "", "", "", "", "", "", "", "")));
        return lines;
    }

    /** "1 = Theme; 2 = Agree/disagree question; …", missing codes last, or empty for an uncoded column. */
    public static String values(Variable v) {
        return v.values().entrySet().stream().sorted(Comparator.comparing(e -> v.missing().contains(e.getKey())))
                .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("; "));
    }

    static String csv(List<AnalysisTable> tables, List<Map.Entry<String, String>> plan) {
        // codes such as -1 stay numbers; text that a spreadsheet would run as a formula is guarded
        return AnalysisFiles.csv(HEADER, lines(tables, plan).stream().map(line -> line.stream()
                .map(cell -> cell.matches("-?\\d+") ? cell : guard(cell)).toList()).toList());
    }
}
