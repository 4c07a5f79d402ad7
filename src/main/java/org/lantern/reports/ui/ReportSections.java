package org.lantern.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.lantern.base.ui.Texts;
import org.lantern.reports.ChangeFigures;
import org.lantern.reports.Chart;
import org.lantern.reports.ChoiceFigures;
import org.lantern.reports.KnowledgeText;
import org.lantern.reports.Comments;
import org.lantern.reports.Count;
import org.lantern.reports.Hidden;
import org.lantern.reports.ReleaseInfo;
import org.lantern.reports.GroupReport;
import org.lantern.reports.ItemFigures;
import org.lantern.reports.LearningLink;
import org.lantern.reports.Rate;
import org.lantern.reports.Report;
import org.lantern.reports.ReportCharts;
import org.lantern.reports.ReportFormat;
import org.lantern.reports.ReportMethod;
import org.lantern.reports.ThemeFigures;
import org.lantern.reports.WaveFigures;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedComparison;

import java.util.ArrayList;
import java.util.List;

import static org.lantern.reports.ui.ReportTable.Cell;

/**
 * Builds the parts of the report page from a {@link Report}: layout only, every figure comes computed
 * and is formatted by {@link ReportCells}; what staff wrote is {@link ReportCommentsSection}.
 */
final class ReportSections {


    private final Report report;
    private final ReportCells figures;

    ReportSections(Report report) {
        this.report = report;
        this.figures = new ReportCells(report);
    }

    List<Component> all() {
        List<Component> parts = new ArrayList<>();
        parts.add(summary());
        parts.addAll(PrimaryOutcomeSection.components(report));
        parts.addAll(response());
        parts.addAll(themes());
        parts.addAll(AttritionSection.components(report));
        parts.addAll(UnlinkedSection.components(report));
        parts.addAll(new ReportTrendSection(report).components());
        parts.addAll(ThenTestSection.components(report));
        parts.addAll(questions());
        parts.addAll(knowledge());
        if (report.team() == null && report.teams().size() > 1) {
            parts.addAll(teams());
        }
        parts.addAll(learning());
        parts.addAll(new ReportCommentsSection(report).components());
        parts.addAll(method());
        return parts;
    }

    private Component summary() {
        String scope = report.team() == null ? "all " + report.teams().size() + " teams" : report.team();
        Paragraph p = new Paragraph(report.programme().title() + ": " + ReportFormat.wave(report.before().key()).toLowerCase(java.util.Locale.ROOT)
                + " survey (" + ReportFormat.date(report.before().opens()) + " to " + ReportFormat.date(report.before().closes())
                + ") compared with " + ReportFormat.wave(report.after().key()).toLowerCase(java.util.Locale.ROOT) + " survey ("
                + ReportFormat.date(report.after().opens()) + " to " + ReportFormat.date(report.after().closes()) + "), for "
                + scope + ".");
        p.addClassName("lantern-meta");
        ReleaseInfo release = report.release();
        Paragraph made = new Paragraph("Release " + release.version() + ", made on "
                + ReportFormat.date(release.releasedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()) + " by "
                + release.releasedBy() + (report.team() == null ? " from " + release.responsesBefore() + " before and "
                + release.responsesAfter() + " after responses (" + (release.paperBefore() + release.paperAfter())
                + " of them on paper)" : "") + ". These figures do not change; later answers appear only in a new release.");
        made.addClassName("lantern-meta");
        UnorderedList legend = new UnorderedList();
        legend.addClassName("lantern-meta");
        for (Hidden h : Hidden.values()) {
            legend.add(new ListItem("'" + report.label(h) + "': " + report.explain(h)));
        }
        Div box = new Div(p, made, new Paragraph("Some figures are hidden to protect people's answers:"), legend);
        box.addClassName("lantern-report-summary");
        return box;
    }

    private List<Component> response() {
        ReportTable table = new ReportTable("Who took part, by team", List.of("Team", "Invited", "Responded before",
                "Responded after", "Answered both", "Response rate before", "Response rate after"));
        for (GroupReport g : report.groups()) {
            var r = g.response();
            table.row(g.label(), List.of(figures.count(r.invited()), figures.count(r.respondedBefore()), figures.count(r.respondedAfter()),
                    figures.count(r.matched()), figures.rate(r.rateBefore()), figures.rate(r.rateAfter())));
        }
        return List.of(new H2("Who took part"), table.component(), chart(ReportCharts.responseRates(report)));
    }

    private List<Component> themes() {
        ReportTable table = new ReportTable("Theme scores: " + report.overall().label(), ReportCells.withChangeHeaders("Theme", "Holm"));
        for (ThemeFigures t : report.overall().themes()) {
            table.row(t.theme().title(), figures.change(t.before(), t.after(), t.change()));
        }
        Paragraph note = new Paragraph("A theme score is each person's average over the theme's agree/disagree questions, "
                + "after reverse scoring. Higher is more recovery-focused. Adjusted p-values allow for testing every theme "
                + "at once (Holm).");
        note.addClassName("lantern-meta");
        List<Component> parts = new ArrayList<>(List.of(new H2(PrimaryOutcomeSection.heading(report, "Themes")), note, table.component(), chart(ReportCharts.themes(report))));
        parts.addAll(new ReportReliabilitySection(report).components());
        return parts;
    }

    private List<Component> questions() {
        ReportTable table = new ReportTable("Agree/disagree questions: " + report.overall().label(), ReportCells.withChangeHeaders("Question", "Benjamini-Hochberg"));
        for (ItemFigures i : report.overall().items()) {
            table.row(i.item().text() + (i.item().reverse() ? " (reverse scored)" : ""), figures.change(i.before(), i.after(), i.change()));
        }
        List<Component> parts = new ArrayList<>(List.of(new H2(PrimaryOutcomeSection.heading(report, "Questions")), Texts.meta("Adjusted p-values allow for testing "
                + "every question at once (Benjamini-Hochberg, which controls the share of false findings)."), table.component()));
        List<ItemFigures> offering = report.overall().items().stream().filter(i -> i.notApplicable() != null).toList();
        if (!offering.isEmpty()) {
            ReportTable na = new ReportTable("Answered \"Not applicable\": " + report.overall().label(),
                    List.of("Question", "Before: people", "After: people"));
            offering.forEach(i -> na.row(i.item().text(), List.of(figures.count(i.notApplicable().before()),
                    figures.count(i.notApplicable().after()))));
            parts.add(Texts.meta("Some questions let people answer \"Not applicable\". Those answers are counted here and "
                    + "left out of the figures above."));
            parts.add(na.component());
        }
        parts.add(chart(ReportCharts.changes(report)));
        return parts;
    }

    private List<Component> knowledge() {
        if (report.overall().choices().isEmpty()) {
            return List.of();
        }
        ReportTable table = new ReportTable("Knowledge questions: percentage who chose the correct answer",
                List.of("Question", "Before: people", "Before: correct", "After: people", "After: correct",
                        "Before: discrimination", "After: discrimination", "What to look at"));
        for (ChoiceFigures c : report.overall().choices()) {
            table.row(c.item().text(), List.of(figures.correctCount(c.before()), figures.correctPercent(c.before()), figures.correctCount(c.after()),
                    figures.correctPercent(c.after()), figures.discrimination(c.before()), figures.discrimination(c.after()),
                    Cell.text(KnowledgeText.flags(c))));
        }
        return List.of(new H2(PrimaryOutcomeSection.heading(report, "Knowledge questions")), table.component(), Texts.meta(KnowledgeText.NOTE));
    }

    private List<Component> teams() {
        List<String> headers = new ArrayList<>(List.of("Team", "Answered both"));
        report.overall().themes().forEach(t -> headers.add(t.theme().title()));
        ReportTable table = new ReportTable("Average change in each theme, team by team", headers);
        for (GroupReport g : report.teams()) {
            List<Cell> cells = new ArrayList<>(List.of(figures.count(g.response().matched())));
            for (ThemeFigures t : g.themes()) {
                cells.add(t.change().hidden() != null ? Cell.hidden(report.label(t.change().hidden()))
                        : Cell.number(ReportFormat.signed(t.change().stats().meanChange())));
            }
            table.row(g.label(), cells);
        }
        Paragraph note = new Paragraph("Choose a team above to see all of its figures.");
        note.addClassName("lantern-meta");
        return List.of(new H2(PrimaryOutcomeSection.heading(report, "Teams side by side")), table.component(), note);
    }

    private List<Component> learning() {
        LearningLink link = report.learningLink();
        List<Component> parts = new ArrayList<>(List.of(new H2(PrimaryOutcomeSection.heading(report, "Learning link"))));
        parts.add(Texts.meta("Change for people who answered both surveys in Lantern and had completed at least one "
                + "training module by " + ReportFormat.date(report.after().closes()) + ", compared with those who had not. "
                + "Answers imported from paper cannot be linked to training. Shown only when both groups pass the privacy "
                + "checks."));
        ReportTable groups = new ReportTable("People in each group", List.of("Group", "People"));
        groups.row("Completed training", List.of(figures.count(link.completedPeople())));
        groups.row("Did not complete training", List.of(figures.count(link.notCompletedPeople())));
        parts.add(groups.component());
        ReportTable table = new ReportTable("Average change: completed training compared with not completed",
                List.of("Scores", "Completed: people", "Completed: average change", "Completed: 95% CI", "Not completed: people",
                        "Not completed: average change", "Not completed: 95% CI", "Difference", "Welch t-test p"));
        for (LearningLink.Row row : link.rows()) {
            if (row.hidden() != null) {
                Cell h = Cell.hidden(report.label(row.hidden()));
                table.row(row.label(), List.of(h, h, h, h, h, h, h, h));
                continue;
            }
            if (!row.compared()) {
                Cell none = Cell.number("–");
                table.row(row.label(), List.of(none, none, none, none, none, none, none, none));
                continue;
            }
            PairedComparison a = row.completed();
            PairedComparison b = row.notCompleted();
            table.row(row.label(), List.of(Cell.number(String.valueOf(a.pairs())), Cell.number(ReportFormat.signed(a.meanChange())),
                    Cell.number(ReportFormat.interval(a.ciLow(), a.ciHigh())), Cell.number(String.valueOf(b.pairs())),
                    Cell.number(ReportFormat.signed(b.meanChange())), Cell.number(ReportFormat.interval(b.ciLow(), b.ciHigh())),
                    Cell.number(ReportFormat.signed(row.difference())), Cell.number(ReportFormat.p(row.welchP()))));
        }
        parts.add(table.component());
        return parts;
    }

    private List<Component> method() {
        Div notes = new Div();
        ReportMethod.notes(report).forEach(n -> notes.add(new Paragraph(n)));
        return List.of(new H2("How these figures were made"), notes);
    }

    /** A chart with its title, and the same figures as a table behind a disclosure. */
    static Component chart(Chart chart) {
        Div block = new Div();
        block.addClassName("lantern-chart-block");
        // innerHTML, not Html: the browser's own parser keeps SVG's case-sensitive viewBox
        Div drawing = new Div();
        drawing.addClassName("lantern-chart-drawing");
        drawing.getElement().setProperty("innerHTML", chart.svg());
        Paragraph hint = new Paragraph("Scroll the chart sideways to see all of it, or open it as a table below.");
        hint.addClassName("lantern-scroll-hint");
        block.add(new H3(chart.title()), hint, drawing);
        ReportTable table = new ReportTable(chart.title(), chart.headers());
        for (List<String> row : chart.rows()) {
            table.row(row.getFirst(), row.subList(1, row.size()).stream().map(Cell::text).toList());
        }
        block.add(new NativeDetails("Show this chart as a table", table.component()));
        return block;
    }
}
