package org.lantern.reports.ui;

import lombok.RequiredArgsConstructor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import org.lantern.base.ui.Texts;
import org.lantern.reports.ItemFigures;
import org.lantern.reports.Report;
import org.lantern.reports.ReportFormat;
import org.lantern.reports.ThemeFigures;
import org.lantern.reports.WaveFigures;
import org.lantern.reports.stats.Reliability;

import java.util.ArrayList;
import java.util.List;

import static org.lantern.reports.ui.ReportTable.Cell;

/** The reliability part of the report page: each theme's alpha at each wave, then each question's place in its theme. */
@RequiredArgsConstructor
final class ReportReliabilitySection {

    private final Report report;

    List<Component> components() {
        List<ThemeFigures> themes = report.overall().themes();
        if (themes.isEmpty()) {
            return List.of();
        }
        List<Component> parts = new ArrayList<>(List.of(new H3("Do each theme's questions measure one thing?"),
                Texts.meta("Cronbach's alpha shows how consistently a theme's questions measure one thing: near 1 they "
                        + "move together, under 0.7 they may not measure one thing and the theme score should be read "
                        + "with care. It is worked out for each survey from the people who answered every question of the theme.")));
        ReportTable table = new ReportTable("Reliability of each theme: " + report.overall().label(), List.of("Theme",
                "Before: people", "Before: Cronbach's alpha (95% CI)", "Before: McDonald's omega", "After: people",
                "After: Cronbach's alpha (95% CI)", "After: McDonald's omega", "Note"));
        List<String> flagged = new ArrayList<>();
        for (ThemeFigures t : themes) {
            List<Cell> cells = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            wave(cells, notes, t.before(), "Before");
            wave(cells, notes, t.after(), "After");
            cells.add(Cell.text(String.join(" ", notes)));
            table.row(t.theme().title(), cells);
            if (low(t.before()) || low(t.after())) {
                flagged.add(t.theme().title());
            }
        }
        if (!flagged.isEmpty()) {
            parts.add(Texts.meta("These questions may not measure one thing: " + String.join(", ", flagged) + "."));
        }
        parts.add(table.component());
        parts.add(questions());
        return parts;
    }

    private void wave(List<Cell> cells, List<String> notes, WaveFigures w, String which) {
        if (ReportCells.hiddenWave(report, cells, w)) {
            return;
        }
        Reliability r = w.reliability();
        cells.add(Cell.number(r == null ? "–" : String.valueOf(r.n())));
        cells.add(Cell.number(ReportFormat.alpha(r)));
        cells.add(Cell.number(ReportFormat.number(r == null ? null : r.omega())));
        String note = ReportFormat.reliabilityNote(r);
        if (!note.isEmpty()) {
            notes.add(which + ": " + note);
        }
    }

    private Component questions() {
        ReportTable table = new ReportTable("Each question within its theme: " + report.overall().label(), List.of("Question",
                "Before: correlation with the rest of its theme", "Before: theme's alpha without it",
                "After: correlation with the rest of its theme", "After: theme's alpha without it"));
        for (ItemFigures i : report.overall().items()) {
            if (i.item().theme() == null) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (WaveFigures w : List.of(i.before(), i.after())) {
                if (w.hidden() != null) {
                    Cell h = Cell.hidden(report.label(w.hidden()));
                    cells.addAll(List.of(h, h));
                } else {
                    Reliability.Item s = w.inTheme();
                    cells.add(Cell.number(ReportFormat.number(s == null ? null : s.itemTotal())));
                    cells.add(Cell.number(ReportFormat.number(s == null ? null : s.alphaIfDeleted())));
                }
            }
            table.row(i.item().text(), cells);
        }
        return table.component();
    }

    private static boolean low(WaveFigures w) {
        return w.hidden() == null && w.reliability() != null && w.reliability().low();
    }
}
