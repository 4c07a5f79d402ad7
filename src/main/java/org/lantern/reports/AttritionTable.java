package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.Descriptive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Attrition as table rows, the same in the page, the PDF and the workbook: one row per theme of the report's group. */
public final class AttritionTable {

    public static final String TITLE = "Did drop-out bias the result? Before scores of completers and drop-outs";
    public static final List<String> HEADERS = List.of("Theme", "Completers: people", "Completers: mean", "Completers: SD",
            "Drop-outs: people", "Drop-outs: mean", "Drop-outs: SD", "Cohen's d (pooled SD)", "Hedges' g");
    /** The CSV's columns, filled on theme rows only. */
    static final List<String> CSV = List.of("completers_n", "completers_mean", "completers_sd", "dropouts_n", "dropouts_mean",
            "dropouts_sd", "attrition_cohen_d", "attrition_hedges_g", "attrition_reason");

    private AttritionTable() {
    }

    /** Each theme of the group that has attrition figures: its title, then its cells (hidden ones as their label). */
    public static List<List<String>> rows(Report report, GroupReport group) {
        List<List<String>> rows = new ArrayList<>();
        for (ThemeFigures t : group.themes()) {
            Attrition a = t.attrition();
            if (a == null) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(t.theme().title()));
            if (a.hidden() != null) {
                row.addAll(Collections.nCopies(HEADERS.size() - 1, report.label(a.hidden())));
            } else {
                describe(row, a.completers());
                describe(row, a.dropOuts());
                row.add(ReportFormat.signed(a.cohenD()));
                row.add(ReportFormat.signed(a.hedgesG()));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A theme row's CSV cells (plain numbers, empty when hidden or undefined, then the reason); null attrition: all empty. */
    static List<String> csv(@Nullable Attrition a) {
        if (a == null || a.hidden() != null) {
            List<String> empty = new ArrayList<>(Collections.nCopies(CSV.size() - 1, ""));
            empty.add(a == null ? "" : a.hidden().code());
            return empty;
        }
        List<String> cells = new ArrayList<>();
        for (Descriptive d : List.of(a.completers(), a.dropOuts())) {
            cells.addAll(List.of(String.valueOf(d.n()), ReportFormat.data(d.mean()), ReportFormat.data(d.sd())));
        }
        cells.addAll(List.of(ReportFormat.data(a.cohenD()), ReportFormat.data(a.hedgesG()), ""));
        return cells;
    }

    private static void describe(List<String> row, Descriptive d) {
        row.addAll(List.of(String.valueOf(d.n()), ReportFormat.number(d.mean()), ReportFormat.number(d.sd())));
    }
}
