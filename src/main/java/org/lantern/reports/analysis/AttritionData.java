package org.lantern.reports.analysis;

import org.lantern.reports.Attrition;
import org.lantern.reports.GroupReport;
import org.lantern.reports.Report;
import org.lantern.reports.ThemeFigures;
import org.lantern.reports.stats.Descriptive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.lantern.reports.analysis.AnalysisColumns.NOT_COMPUTABLE;
import static org.lantern.reports.analysis.AnalysisColumns.SHOWN;
import static org.lantern.reports.analysis.AnalysisColumns.THEME;
import static org.lantern.reports.analysis.AnalysisColumns.coded;
import static org.lantern.reports.analysis.AnalysisColumns.decimal;
import static org.lantern.reports.analysis.AnalysisColumns.integer;
import static org.lantern.reports.analysis.AnalysisColumns.text;

/**
 * Attrition as a table of its own: one row per team × theme, the before scores of completers and drop-outs side by
 * side with the standardised difference between them. Wide, because the two groups are compared with each other and
 * the effect size belongs to the pair; completers and drop-outs are other populations than the main table's rows.
 */
final class AttritionData {

    private AttritionData() {
    }

    /** The report's attrition figures as a table, or nothing when the release has none (made before they were computed). */
    static Optional<AnalysisTable> of(Report report, AnalysisTable main, String dataFile) {
        List<Variable> variables = variables(report, main.questions());
        List<String> names = variables.stream().map(Variable::name).toList();
        List<List<String>> rows = new ArrayList<>();
        for (GroupReport group : report.groups()) {
            for (ThemeFigures t : group.themes()) {
                Attrition a = t.attrition();
                if (a == null) {
                    continue;
                }
                Map<String, String> row = AnalysisColumns.row(report, group.label());
                row.put("measure", String.valueOf(AnalysisColumns.measure(main.questions(), THEME, t.theme().key())));
                row.put("key", AnalysisData.cell(t.theme().key()));
                row.put("text", AnalysisData.cell(t.theme().title()));
                row.put("hidden", String.valueOf(AnalysisData.hiddenCode(a.hidden())));
                if (a.hidden() != null) {
                    row.put("effect_status", String.valueOf(AnalysisData.hiddenCode(a.hidden())));
                } else {
                    describe(row, "completers", a.completers());
                    describe(row, "dropouts", a.dropOuts());
                    AnalysisData.put(row, "cohen_d", a.cohenD());
                    AnalysisData.put(row, "hedges_g", a.hedgesG());
                    row.put("effect_status", String.valueOf(a.cohenD() == null ? NOT_COMPUTABLE : SHOWN));
                }
                rows.add(AnalysisData.ordered(row, names));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AnalysisTable(report.programme().title() + ": release " + report.release().version()
                + ", attrition (" + report.before().key() + " scores of completers and drop-outs)", dataFile,
                AnalysisData.widths(variables, rows), List.copyOf(rows), main.questions(), "lantern_attrition"));
    }

    private static void describe(Map<String, String> row, String group, Descriptive d) {
        row.put(group + "_n", String.valueOf(d.n()));
        AnalysisData.put(row, group + "_mean", d.mean());
        AnalysisData.put(row, group + "_sd", d.sd());
    }

    private static List<Variable> variables(Report report, List<Question> questions) {
        List<Variable> v = new ArrayList<>(AnalysisColumns.where());
        v.add(AnalysisColumns.measure(questions, List.of(THEME)));
        v.add(text("key", "Theme key"));
        v.add(text("text", "Theme title"));
        v.add(integer("completers_n", "Completers (answered the theme in both surveys): people"));
        v.add(decimal("completers_mean", "Completers: mean " + report.before().key() + " score"));
        v.add(decimal("completers_sd", "Completers: SD of " + report.before().key() + " scores"));
        v.add(integer("dropouts_n", "Drop-outs (answered it before but not after): people"));
        v.add(decimal("dropouts_mean", "Drop-outs: mean " + report.before().key() + " score"));
        v.add(decimal("dropouts_sd", "Drop-outs: SD of " + report.before().key() + " scores"));
        v.add(decimal("cohen_d", "Cohen's d, completers minus drop-outs (pooled SD)"));
        v.add(decimal("hedges_g", "Hedges' g (d corrected for small samples; empty under 3 people)"));
        v.add(coded("effect_status", "Cohen's d: shown, hidden or not computable", AnalysisColumns.statusCodes(report, null,
                "fewer than 2 people in a group, or no spread"), List.of()));
        v.add(coded("hidden", "Why this row's figures are hidden (0 shown)", AnalysisColumns.hiddenCodes(report, "Shown"), List.of()));
        return v;
    }
}
