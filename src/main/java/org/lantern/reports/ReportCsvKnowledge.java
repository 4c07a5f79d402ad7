package org.lantern.reports;

import java.util.List;

/** The knowledge questions' discrimination columns of the tidy CSV ({@link ReportCsv}): empty on other rows and for teams. */
final class ReportCsvKnowledge {

    private ReportCsvKnowledge() {
    }

    static void none(List<String> row) {
        row.addAll(List.of("", "", "", "", "", ""));
    }

    static void discrimination(List<String> row, ChoiceFigures c) {
        wave(row, c.before().discrimination());
        wave(row, c.after().discrimination());
    }

    /** The correlation, the people it is over (only when shown: it is a count too) and why it is hidden. */
    private static void wave(List<String> row, @org.jspecify.annotations.Nullable Discrimination d) {
        if (d == null) {
            row.addAll(List.of("", "", ""));
            return;
        }
        row.add(ReportFormat.data(d.r()));
        row.add(d.hidden() == null ? String.valueOf(d.n()) : "");
        row.add(d.hidden() == null ? "" : d.hidden().code());
    }
}
