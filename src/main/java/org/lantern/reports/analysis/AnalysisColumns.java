package org.lantern.reports.analysis;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.Hidden;
import org.lantern.reports.Report;
import org.lantern.reports.ReportFormat;
import org.lantern.reports.analysis.Variable.Kind;
import org.lantern.reports.analysis.Variable.Level;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The columns of the analysis data and their codes, labels and missing codes. */
final class AnalysisColumns {

    /** The missing code of a coded column that has no value on this row (e.g. reverse scoring of a theme). */
    static final int DOES_NOT_APPLY = -1;
    static final int THEME = 1;
    static final int QUESTION = 2;
    static final int KNOWLEDGE = 3;
    static final int BEFORE = 1;
    static final int AFTER = 2;
    static final int CHANGE = 3;
    /** The {@code hidden} code of a figure that is shown. */
    static final int SHOWN = 0;
    /** The status code of a figure that is shown but could not be worked out (e.g. nobody's answer varied). */
    static final int NOT_COMPUTABLE = 5;

    private AnalysisColumns() {
    }

    /** The code of why a figure is hidden: 1 too few, 2 everyone alike, 3 protects others, 4 since an earlier release. */
    static int code(Hidden hidden) {
        return hidden.ordinal() + 1;
    }

    static List<Variable> of(Report report, Map<Integer, String> measures) {
        List<Variable> v = new ArrayList<>();
        v.add(text("programme", "Programme (key)"));
        v.add(new Variable("release", "Release number of these figures", Kind.INTEGER, Level.ORDINAL, Map.of(), List.of(), 0));
        v.add(text("team", "Team, or All teams for the whole programme"));
        v.add(coded("level", "Row is about a theme, a question or a knowledge question",
                codes(THEME, "Theme", QUESTION, "Agree/disagree question", KNOWLEDGE, "Knowledge question"), List.of()));
        v.add(coded("measure", "Theme or question (code; the label is its wording)", measures, List.of()));
        v.add(text("key", "Theme or question key"));
        v.add(text("theme", "Theme the question belongs to (key)"));
        v.add(text("text", "Theme title or question wording"));
        v.add(coded("reverse_scored", "Question is reverse scored",
                codes(DOES_NOT_APPLY, "Does not apply (theme or knowledge question)", 0, "No", 1, "Yes"), List.of(DOES_NOT_APPLY)));
        v.add(coded("wave", "Survey wave, or change between them",
                codes(BEFORE, ReportFormat.wave(report.before().key()) + " survey", AFTER, ReportFormat.wave(report.after().key()) + " survey",
                        CHANGE, "Change from " + report.before().key() + " to " + report.after().key() + " (same people)"), List.of()));
        v.add(new Variable("n", "People (on change rows: people who answered both)", Kind.INTEGER, Level.SCALE, Map.of(), List.of(), 0));
        v.add(decimal("mean", "Mean score, or mean change on change rows"));
        v.add(decimal("sd", "Standard deviation of scores, or of the change"));
        v.add(decimal("ci_low", "95% CI of the mean (or mean change): lower end"));
        v.add(decimal("ci_high", "95% CI of the mean (or mean change): upper end"));
        v.add(decimal("t_p", "Paired t-test p-value (two-sided)"));
        v.add(decimal("wilcoxon_p", "Wilcoxon signed-rank p-value (two-sided)"));
        v.add(decimal("adjusted_t_p", "t-test p adjusted: Holm for themes, Benjamini-Hochberg for questions"));
        v.add(decimal("adjusted_wilcoxon_p", "Wilcoxon p adjusted: Holm for themes, Benjamini-Hochberg for questions"));
        v.add(decimal("d_z", "Effect size d_z: mean change / SD of change"));
        v.add(decimal("d_z_ci_low", "95% CI of d_z (noncentral t): lower end"));
        v.add(decimal("d_z_ci_high", "95% CI of d_z (noncentral t): upper end"));
        v.add(decimal("hedges_g_z", "Hedges' g_z (d_z corrected for small samples)"));
        v.add(decimal("rank_biserial", "Matched-pairs rank-biserial correlation"));
        v.add(decimal("cronbach_alpha", "Cronbach's alpha of the theme"));
        v.add(decimal("alpha_ci_low", "95% CI of alpha (Feldt): lower end"));
        v.add(decimal("alpha_ci_high", "95% CI of alpha (Feldt): upper end"));
        v.add(decimal("omega", "McDonald's omega of the theme"));
        v.add(decimal("item_total", "Corrected item-total correlation of the question"));
        v.add(decimal("alpha_if_deleted", "Theme's alpha without this question"));
        v.add(decimal("pct_correct", "Percentage who chose the correct answer"));
        v.add(new Variable("not_applicable", "People who answered Not applicable", Kind.INTEGER, Level.SCALE, Map.of(), List.of(), 0));
        v.add(coded("hidden", "Why this row's figures are hidden (0 shown)", hiddenCodes(report, "Shown"), List.of()));
        Map<Integer, String> naCodes = new LinkedHashMap<>();
        naCodes.put(DOES_NOT_APPLY, "Does not apply (no Not applicable answer, or not a wave row of a question)");
        naCodes.putAll(hiddenCodes(report, "Counted"));
        v.add(coded("not_applicable_hidden", "Why the Not applicable count is hidden (0 counted)", naCodes, List.of(DOES_NOT_APPLY)));
        v.addAll(PrimaryOutcomeColumns.variables());
        v.addAll(DiscriminationColumns.variables(report));
        v.addAll(ThenTestColumns.of());
        v.addAll(UnlinkedColumns.of(report));
        return v;
    }

    static Map<Integer, String> hiddenCodes(Report report, String shown) {
        Map<Integer, String> codes = new LinkedHashMap<>();
        codes.put(SHOWN, shown);
        for (Hidden h : Hidden.values()) {
            codes.put(code(h), report.explain(h).replaceAll("\\.$", ""));
        }
        return codes;
    }

    /**
     * The codes of a figure's status column: -1 does not apply to the row (a missing code, when given), 0 shown, 1 to 4
     * why it is hidden (as in {@code hidden}), 5 shown but not computable; so hidden, not computed and does not apply
     * never share a code.
     */
    static Map<Integer, String> statusCodes(Report report, @Nullable String doesNotApply, String notComputable) {
        Map<Integer, String> codes = new LinkedHashMap<>();
        if (doesNotApply != null) {
            codes.put(DOES_NOT_APPLY, "Does not apply: " + doesNotApply);
        }
        codes.putAll(hiddenCodes(report, "Shown"));
        codes.put(NOT_COMPUTABLE, "Not computable: " + notComputable);
        return codes;
    }

    /** The {@code measure} column of a table about themes and questions of the given levels, with the main table's codes. */
    static Variable measure(List<Question> questions, List<Integer> levels) {
        Map<Integer, String> labels = new LinkedHashMap<>();
        questions.stream().filter(q -> levels.contains(q.level())).forEach(q -> labels.put(q.measure(), q.text()));
        return coded("measure", "Theme or question (code; the label is its wording)", labels, List.of());
    }

    /** A theme's or question's code in {@code measure}. */
    static int measure(List<Question> questions, int level, String key) {
        return questions.stream().filter(q -> q.level() == level && q.key().equals(key)).findFirst().orElseThrow().measure();
    }

    /** The columns every extra table starts with: which programme, release and team a row is about. */
    static List<Variable> where() {
        return List.of(text("programme", "Programme (key)"),
                new Variable("release", "Release number of these figures", Kind.INTEGER, Level.ORDINAL, Map.of(), List.of(), 0),
                text("team", "Team, or All teams for the whole programme"));
    }

    /** A row of an extra table, its {@link #where()} columns filled. */
    static Map<String, String> row(Report report, String team) {
        Map<String, String> row = new java.util.HashMap<>();
        row.put("programme", AnalysisData.cell(report.programme().key()));
        row.put("release", String.valueOf(report.release().version()));
        row.put("team", AnalysisData.cell(team));
        return row;
    }

    static Variable integer(String name, String label) {
        return new Variable(name, label, Kind.INTEGER, Level.SCALE, Map.of(), List.of(), 0);
    }

    static Map<Integer, String> codes(Object... codeThenLabel) {
        Map<Integer, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < codeThenLabel.length; i += 2) {
            codes.put((Integer) codeThenLabel[i], (String) codeThenLabel[i + 1]);
        }
        return codes;
    }

    static Variable text(String name, String label) {
        return new Variable(name, label, Kind.TEXT, Level.NOMINAL, Map.of(), List.of(), 1);
    }

    static Variable decimal(String name, String label) {
        return new Variable(name, label, Kind.DECIMAL, Level.SCALE, Map.of(), List.of(), 0);
    }

    static Variable coded(String name, String label, Map<Integer, String> values, List<Integer> missing) {
        return new Variable(name, label, Kind.INTEGER, Level.NOMINAL, values, missing, 0);
    }
}
