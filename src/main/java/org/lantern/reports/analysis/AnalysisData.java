package org.lantern.reports.analysis;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ChangeFigures;
import org.lantern.reports.ChoiceFigures;
import org.lantern.reports.GroupReport;
import org.lantern.reports.Hidden;
import org.lantern.reports.ItemFigures;
import org.lantern.reports.Report;
import org.lantern.reports.ReportFormat;
import org.lantern.reports.ThemeFigures;
import org.lantern.reports.WaveFigures;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedComparison;
import org.lantern.reports.stats.Reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.lantern.base.export.CsvCells.guard;
import static org.lantern.reports.analysis.AnalysisColumns.AFTER;
import static org.lantern.reports.analysis.AnalysisColumns.BEFORE;
import static org.lantern.reports.analysis.AnalysisColumns.CHANGE;
import static org.lantern.reports.analysis.AnalysisColumns.DOES_NOT_APPLY;
import static org.lantern.reports.analysis.AnalysisColumns.KNOWLEDGE;
import static org.lantern.reports.analysis.AnalysisColumns.QUESTION;
import static org.lantern.reports.analysis.AnalysisColumns.SHOWN;
import static org.lantern.reports.analysis.AnalysisColumns.THEME;

/**
 * A release's figures as analysis data: one row per group × theme or question × wave (and change). Only
 * what the reader's report shows goes in: a hidden figure is an empty cell with its reason in
 * {@code hidden}; "Not applicable" answers are a count of their own, never part of n or the mean.
 */
public final class AnalysisData {

    private AnalysisData() {
    }

    /**
     * Every table of a report's analysis files, each for a CSV named {@code name} plus its suffix: the main table, then the
     * trend over all waves and attrition when the release has them.
     */
    public static List<AnalysisTable> tables(Report report, String name) {
        AnalysisTable main = of(report, name + ".csv");
        List<AnalysisTable> tables = new ArrayList<>(List.of(main));
        TrendData.of(report, main, name + "-trend.csv").ifPresent(tables::add);
        AttritionData.of(report, main, name + "-attrition.csv").ifPresent(tables::add);
        return List.copyOf(tables);
    }

    /** The analysis data of a report, for a CSV named {@code dataFile}. */
    public static AnalysisTable of(Report report, String dataFile) {
        List<Question> questions = questions(report);
        Map<Integer, String> measures = new LinkedHashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        for (Question q : questions) {
            measures.put(q.measure(), q.text());
            codes.put(q.level() + "/" + q.key(), q.measure());
        }
        List<Variable> variables = AnalysisColumns.of(report, measures);
        List<String> names = variables.stream().map(Variable::name).toList();
        List<List<String>> rows = new ArrayList<>();
        for (GroupReport group : report.groups()) {
            for (ThemeFigures t : group.themes()) {
                for (int wave : List.of(BEFORE, AFTER, CHANGE)) {
                    Map<String, String> row = start(report, group, THEME, codes.get(THEME + "/" + t.theme().key()), t.theme().key(),
                            t.theme().key(), t.theme().title(), DOES_NOT_APPLY, wave);
                    if (wave == CHANGE) {
                        change(row, t.change());
                    } else {
                        WaveFigures w = wave == BEFORE ? t.before() : t.after();
                        wave(row, w);
                        Reliability r = w.hidden() == null ? w.reliability() : null;
                        if (r != null) {
                            put(row, "cronbach_alpha", r.cronbachAlpha());
                            put(row, "alpha_ci_low", r.alphaCiLow());
                            put(row, "alpha_ci_high", r.alphaCiHigh());
                            put(row, "omega", r.omega());
                        }
                    }
                    ThenTestColumns.fill(row, report, group, true, t.theme().key(), wave);
                    UnlinkedColumns.fill(row, report, group, true, t.theme().key(), wave);
                    rows.add(ordered(row, names));
                }
            }
            for (ItemFigures i : group.items()) {
                for (int wave : List.of(BEFORE, AFTER, CHANGE)) {
                    Map<String, String> row = start(report, group, QUESTION, codes.get(QUESTION + "/" + i.item().key()), i.item().key(),
                            i.item().theme(), i.item().text(), i.item().reverse() ? 1 : 0, wave);
                    if (wave == CHANGE) {
                        change(row, i.change());
                    } else {
                        WaveFigures w = wave == BEFORE ? i.before() : i.after();
                        wave(row, w);
                        Reliability.Item r = w.hidden() == null ? w.inTheme() : null;
                        if (r != null) {
                            put(row, "item_total", r.itemTotal());
                            put(row, "alpha_if_deleted", r.alphaIfDeleted());
                        }
                        if (i.notApplicable() != null) {
                            var count = wave == BEFORE ? i.notApplicable().before() : i.notApplicable().after();
                            row.put("not_applicable", ReportFormat.data(count.hidden() == null ? count.value() : null));
                            row.put("not_applicable_hidden", String.valueOf(hiddenCode(count.hidden())));
                        }
                    }
                    ThenTestColumns.fill(row, report, group, false, i.item().key(), wave);
                    UnlinkedColumns.fill(row, report, group, false, i.item().key(), wave);
                    rows.add(ordered(row, names));
                }
            }
            for (ChoiceFigures c : group.choices()) {
                for (int wave : List.of(BEFORE, AFTER)) {
                    ChoiceFigures.Correct correct = wave == BEFORE ? c.before() : c.after();
                    Map<String, String> row = start(report, group, KNOWLEDGE, codes.get(KNOWLEDGE + "/" + c.item().key()), c.item().key(),
                            c.item().theme(), c.item().text(), DOES_NOT_APPLY, wave);
                    row.put("hidden", String.valueOf(hiddenCode(correct.hidden())));
                    DiscriminationColumns.fill(row, correct);
                    if (correct.hidden() == null) {
                        row.put("n", ReportFormat.data(correct.n()));
                        put(row, "pct_correct", correct.percent());
                    }
                    rows.add(ordered(row, names));
                }
            }
        }
        return new AnalysisTable(report.programme().title() + ": release " + report.release().version() + " of the "
                + report.before().key() + " and " + report.after().key() + " surveys", dataFile, widths(variables, rows), List.copyOf(rows), questions);
    }

    private static List<Question> questions(Report report) {
        List<Question> questions = new ArrayList<>();
        GroupReport overall = report.overall();
        overall.themes().forEach(t -> questions.add(new Question(questions.size() + 1, THEME, t.theme().key(), t.theme().key(),
                t.theme().title(), false, false)));
        overall.items().forEach(i -> questions.add(new Question(questions.size() + 1, QUESTION, i.item().key(), blankToNull(i.item().theme()),
                i.item().text(), i.item().reverse(), i.item().notApplicable())));
        overall.choices().forEach(c -> questions.add(new Question(questions.size() + 1, KNOWLEDGE, c.item().key(),
                blankToNull(c.item().theme()), c.item().text(), false, false)));
        return List.copyOf(questions);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Map<String, String> start(Report report, GroupReport group, int level, int measure, String key, @Nullable String theme,
                                             String text, int reverse, int wave) {
        Map<String, String> row = new HashMap<>();
        row.put("programme", cell(report.programme().key()));
        row.put("release", String.valueOf(report.release().version()));
        row.put("team", cell(group.label()));
        row.put("level", String.valueOf(level));
        row.put("measure", String.valueOf(measure));
        row.put("key", cell(key));
        row.put("theme", cell(theme));
        row.put("text", cell(text));
        row.put("reverse_scored", String.valueOf(reverse));
        row.put("wave", String.valueOf(wave));
        row.put("not_applicable_hidden", String.valueOf(DOES_NOT_APPLY));
        PrimaryOutcomeColumns.fill(row, report.primaryOutcome(), group, level, key, wave);
        DiscriminationColumns.none(row);
        UnlinkedColumns.none(row);
        return row;
    }

    static void wave(Map<String, String> row, WaveFigures w) {
        row.put("hidden", String.valueOf(hiddenCode(w.hidden())));
        Descriptive d = w.hidden() == null ? w.stats() : null;
        if (d != null) {
            row.put("n", String.valueOf(d.n()));
            put(row, "mean", d.mean());
            put(row, "sd", d.sd());
            put(row, "ci_low", d.ciLow());
            put(row, "ci_high", d.ciHigh());
        }
    }

    private static void change(Map<String, String> row, ChangeFigures change) {
        row.put("hidden", String.valueOf(hiddenCode(change.hidden())));
        PairedComparison c = change.hidden() == null ? change.stats() : null;
        if (c == null) {
            return;
        }
        row.put("n", String.valueOf(c.pairs()));
        put(row, "mean", c.meanChange());
        put(row, "sd", c.sdChange());
        put(row, "ci_low", c.ciLow());
        put(row, "ci_high", c.ciHigh());
        put(row, "t_p", c.tP());
        put(row, "wilcoxon_p", c.wilcoxonP());
        put(row, "adjusted_t_p", change.adjustedTP());
        put(row, "adjusted_wilcoxon_p", change.adjustedWilcoxonP());
        put(row, "d_z", c.dz());
        put(row, "d_z_ci_low", c.dzCiLow());
        put(row, "d_z_ci_high", c.dzCiHigh());
        put(row, "hedges_g_z", c.hedgesGz());
        put(row, "rank_biserial", c.wilcoxon() == null ? null : c.wilcoxon().rankBiserial());
    }

    static int hiddenCode(@Nullable Hidden hidden) {
        return hidden == null ? SHOWN : AnalysisColumns.code(hidden);
    }

    /** A figure: empty when undefined, and when infinite, which none of SPSS, R's read.csv or Stata reads as a number. */
    static void put(Map<String, String> row, String column, @Nullable Double value) {
        row.put(column, value == null || value.isInfinite() ? "" : ReportFormat.data(value));
    }

    /** Text for one cell: on one line (PSPP reads one case per line) and never run as a spreadsheet formula. */
    static String cell(@Nullable String text) {
        return guard(text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }

    static List<String> ordered(Map<String, String> row, List<String> names) {
        return names.stream().map(n -> row.getOrDefault(n, "")).toList();
    }

    static List<Variable> widths(List<Variable> variables, List<List<String>> rows) {
        List<Variable> sized = new ArrayList<>();
        for (int c = 0; c < variables.size(); c++) {
            Variable v = variables.get(c);
            int column = c;
            sized.add(v.kind().numeric() ? v : v.withWidth(rows.stream()
                    .mapToInt(r -> r.get(column).getBytes(StandardCharsets.UTF_8).length).max().orElse(1)));
        }
        return List.copyOf(sized);
    }
}
