package org.lantern.reports.analysis;

import org.lantern.reports.ChoiceFigures;
import org.lantern.reports.Discrimination;
import org.lantern.reports.Hidden;
import org.lantern.reports.Report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.lantern.reports.analysis.AnalysisColumns.DOES_NOT_APPLY;
import static org.lantern.reports.analysis.AnalysisColumns.NOT_COMPUTABLE;
import static org.lantern.reports.analysis.AnalysisColumns.SHOWN;
import static org.lantern.reports.analysis.AnalysisColumns.coded;
import static org.lantern.reports.analysis.AnalysisColumns.decimal;
import static org.lantern.reports.analysis.AnalysisColumns.integer;

/**
 * A knowledge question's discrimination at a wave, as columns of its row in the main table (all teams only): the
 * corrected item-total correlation, how many people it is over, and its status, which keeps "hidden", "not
 * computable" (no spread) and "does not apply" (a team's row, a theme or agree/disagree question) apart.
 */
final class DiscriminationColumns {

    private DiscriminationColumns() {
    }

    static List<Variable> variables(Report report) {
        Map<Integer, String> status = AnalysisColumns.statusCodes(report,
                "not a knowledge question, a team's row (worked out for all teams only) or a single knowledge question",
                "the question or the rest of the score did not vary");
        status.put(AnalysisColumns.code(Hidden.TOO_FEW), "Fewer than " + minimum(report) + " people answered every knowledge question");
        return List.of(
                decimal("discrimination", "Knowledge question's discrimination (corrected item-total correlation)"),
                integer("discrimination_n", "People the discrimination is worked out from"),
                coded("discrimination_status", "Discrimination: shown, why hidden, not computable or does not apply", status,
                        List.of(DOES_NOT_APPLY)));
    }

    /** Rows that are not about a knowledge question's answers: does not apply. */
    static void none(Map<String, String> row) {
        row.put("discrimination_status", String.valueOf(DOES_NOT_APPLY));
    }

    static void fill(Map<String, String> row, ChoiceFigures.Correct correct) {
        Discrimination d = correct.discrimination();
        if (d == null) {
            none(row);
        } else if (d.hidden() != null) {
            row.put("discrimination_status", String.valueOf(AnalysisColumns.code(d.hidden())));
        } else if (d.r() == null) {
            row.put("discrimination_status", String.valueOf(NOT_COMPUTABLE));
        } else {
            AnalysisData.put(row, "discrimination", d.r());
            row.put("discrimination_n", String.valueOf(d.n()));
            row.put("discrimination_status", String.valueOf(SHOWN));
        }
    }

    private static int minimum(Report report) {
        return report.overall().choices().stream().flatMap(c -> java.util.stream.Stream.of(c.before(), c.after()))
                .map(ChoiceFigures.Correct::discrimination).filter(Objects::nonNull).map(Discrimination::minimum).findFirst()
                .orElse(Math.max(Discrimination.MINIMUM_PEOPLE, report.minGroupSize()));
    }
}
