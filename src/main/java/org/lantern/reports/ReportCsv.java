package org.lantern.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedComparison;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.lantern.base.export.CsvCells.guard;

/**
 * Tidy CSV for R or SPSS: one row per question (or theme) × team × wave pair, a header row, empty
 * cells where a figure is hidden or undefined. "Not applicable" answers are counts of their own (last
 * columns), never part of n, means or tests. Text cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) are prefixed with an apostrophe.
 */
final class ReportCsv {

    private static final List<String> PAIR_HEADER = java.util.stream.Stream.of(List.of("programme", "before_wave", "after_wave", "release", "team", "level", "key", "theme",
            "question", "reverse_scored", "before_n", "before_mean", "before_sd", "after_n", "after_mean", "after_sd", "pairs",
            "mean_change", "sd_change", "ci_low", "ci_high", "t_p", "wilcoxon_p", "wilcoxon_method", "d_z",
            "d_z_ci_low", "d_z_ci_high", "hedges_g_z", "rank_biserial", "holm_t_p", "holm_wilcoxon_p", "bh_t_p", "bh_wilcoxon_p",
            "before_cronbach_alpha", "before_alpha_ci_low", "before_alpha_ci_high", "before_omega", "before_alpha_undefined", "before_item_total",
            "before_alpha_if_deleted", "after_cronbach_alpha", "after_alpha_ci_low", "after_alpha_ci_high", "after_omega", "after_alpha_undefined",
            "after_item_total", "after_alpha_if_deleted", "before_pct_correct", "after_pct_correct", "suppressed", "suppressed_reason",
            "before_not_applicable", "after_not_applicable", "not_applicable_reason",
            "before_discrimination", "before_discrimination_n", "before_discrimination_reason",
            "after_discrimination", "after_discrimination_n", "after_discrimination_reason"), AttritionTable.CSV, List.of("analysis"))
            .flatMap(List::stream).toList();
    /** The columns of the pair's rows, then the trend's ({@link ReportCsvTrend}), the then-test's ({@link ThenTestTable}), the unlinked comparison's. */
    static final List<String> HEADER = java.util.stream.Stream.of(PAIR_HEADER, ReportCsvTrend.COLUMNS, ThenTestTable.CSV, ReportCsvUnlinked.COLUMNS)
            .flatMap(List::stream).toList();

    private ReportCsv() {
    }

    static byte[] write(Report report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(HEADER);
            PrimaryOutcome primary = report.primaryOutcome();
            for (GroupReport group : report.groups()) {
                for (ThemeFigures t : group.themes()) {
                    List<String> row = start(report, group, "theme", t.theme().key(), t.theme().key(), t.theme().title(), "");
                    figures(row, t.before(), t.after(), t.change());
                    ReportCsvScales.theme(row, t);
                    row.addAll(List.of("", ""));
                    end(row, report, t.before().hidden(), t.after().hidden(), t.change().hidden());
                    notApplicable(row, null);
                    ReportCsvKnowledge.none(row);
                    row.addAll(AttritionTable.csv(t.attrition()));
                    row.add(primary.analysis(group, "theme", t.theme().key()));
                    row = ReportCsvTrend.padded(row);
                    row.addAll(ThenTestTable.csv(report, group, "theme", t.theme().key()));
                    csv.printRecord(ReportCsvUnlinked.append(row, report, group, t.theme().key(), true));
                }
                for (ItemFigures i : group.items()) {
                    List<String> row = start(report, group, "item", i.item().key(), i.item().theme(), i.item().text(),
                            i.item().reverse() ? "true" : "false");
                    figures(row, i.before(), i.after(), i.change());
                    ReportCsvScales.item(row, i);
                    row.addAll(List.of("", ""));
                    end(row, report, i.before().hidden(), i.after().hidden(), i.change().hidden());
                    notApplicable(row, i.notApplicable());
                    ReportCsvKnowledge.none(row);
                    row.addAll(AttritionTable.csv(null));
                    row.add("exploratory");
                    row = ReportCsvTrend.padded(row);
                    row.addAll(ThenTestTable.csv(report, group, "item", i.item().key()));
                    csv.printRecord(ReportCsvUnlinked.append(row, report, group, i.item().key(), false));
                }
                for (ChoiceFigures c : group.choices()) {
                    List<String> row = start(report, group, "knowledge", c.item().key(), c.item().theme(), c.item().text(), "");
                    row.add(ReportFormat.data(c.before().n()));
                    row.addAll(List.of("", ""));
                    row.add(ReportFormat.data(c.after().n()));
                    row.addAll(List.of("", "", "", "", "", "", "", "", "", "", ""));
                    row.addAll(java.util.Collections.nCopies(ReportCsvScales.COLUMNS, ""));
                    row.add(ReportFormat.data(c.before().percent()));
                    row.add(ReportFormat.data(c.after().percent()));
                    end(row, report, c.before().hidden(), c.after().hidden(), null);
                    notApplicable(row, null);
                    ReportCsvKnowledge.discrimination(row, c);
                    row.addAll(AttritionTable.csv(null));
                    row.add("exploratory");
                    csv.printRecord(ReportCsvUnlinked.empty(ThenTestTable.padded(ReportCsvTrend.padded(row))));
                }
            }
            for (List<String> row : ReportCsvTrend.rows(report, HEADER)) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> start(Report report, GroupReport group, String level, String key, @Nullable String theme,
                                      String question, String reverse) {
        return new ArrayList<>(List.of(guard(report.programme().key()), guard(report.before().key()), guard(report.after().key()),
                String.valueOf(report.release().version()), guard(group.label()), level, guard(key), guard(theme == null ? "" : theme), guard(question), reverse));
    }

    private static void figures(List<String> row, WaveFigures before, WaveFigures after, ChangeFigures change) {
        wave(row, before.stats());
        wave(row, after.stats());
        PairedComparison c = change.stats();
        if (c == null) {
            row.addAll(List.of("", "", "", "", "", "", "", "", ""));
            return;
        }
        row.addAll(List.of(String.valueOf(c.pairs()), ReportFormat.data(c.meanChange()), ReportFormat.data(c.sdChange()),
                ReportFormat.data(c.ciLow()), ReportFormat.data(c.ciHigh()), ReportFormat.data(c.tP()),
                ReportFormat.data(c.wilcoxonP()),
                c.wilcoxon() == null ? "" : c.wilcoxon().exact() ? "exact" : "normal approximation",
                ReportFormat.data(c.dz())));
    }

    private static void wave(List<String> row, @Nullable Descriptive d) {
        if (d == null) {
            row.addAll(List.of("", "", ""));
        } else {
            row.addAll(List.of(String.valueOf(d.n()), ReportFormat.data(d.mean()), ReportFormat.data(d.sd())));
        }
    }

    /** "Not applicable" counts (empty when hidden, or when the question does not offer it) and why one is hidden. */
    private static void notApplicable(List<String> row, ItemFigures.@Nullable NotApplicable na) {
        if (na == null) {
            row.addAll(List.of("", "", ""));
            return;
        }
        row.add(ReportFormat.data(na.before().value()));
        row.add(ReportFormat.data(na.after().value()));
        Hidden why = na.before().hidden() != null ? na.before().hidden() : na.after().hidden();
        row.add(why == null ? "" : why.code());
    }

    private static void end(List<String> row, Report report, @Nullable Hidden... hidden) {
        Hidden why = Arrays.stream(hidden).filter(h -> h != null).findFirst().orElse(null);
        row.add(why == null ? "false" : "true");
        row.add(why == null ? "" : why.code());
    }
}
