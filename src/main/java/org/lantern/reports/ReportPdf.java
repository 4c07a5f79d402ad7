package org.lantern.reports;

import org.lantern.base.export.PdfFile;
import org.lantern.base.export.PdfText;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedComparison;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;

/** The report as a board paper: title page, method note, tables ({@link ReportPdfTables}) and charts. */
final class ReportPdf {

    static final Color SHADE = new Color(0xf4, 0xf7, 0xfa);
    static final Font TITLE = PdfText.font(26, Font.BOLD, PdfFile.ACCENT);
    static final Font H1 = PdfText.font(16, Font.BOLD, PdfFile.ACCENT);
    static final Font H2 = PdfText.font(12, Font.BOLD);
    static final Font BODY = PdfText.font(10);
    static final Font SMALL = PdfText.font(8);
    static final Font SMALL_BOLD = PdfText.font(8, Font.BOLD);
    static final Font QUOTE = PdfText.font(9, Font.ITALIC);
    private static final int QUOTES_PER_QUESTION = 12;

    private ReportPdf() {
    }

    static byte[] write(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Programme evaluation report: " + report.programme().title());
        document.addCreator("Lantern");
        document.open();
        titlePage(document, report);
        document.newPage();

        heading(document, "About this report");
        for (String note : ReportMethod.notes(report)) {
            Paragraph p = new Paragraph(note, BODY);
            p.setSpacingAfter(6);
            document.add(p);
        }

        document.newPage();
        heading(document, "Who took part");
        document.add(ReportPdfTables.responseTable(report));
        chart(document, writer, ReportCharts.responseRates(report));

        heading(document, ReportPdfPlan.heading(report, "Themes: " + report.overall().label()));
        List<ReportPdfTables.Line> themes = report.overall().themes().stream()
                .map(t -> new ReportPdfTables.Line(t.theme().title(), t.before(), t.after(), t.change())).toList();
        document.add(ReportPdfTables.changeTable(report, "Theme", themes));
        document.add(new Paragraph("Adjusted for testing every theme (Holm), with effect sizes and their uncertainty:", BODY));
        document.add(ReportPdfScales.inferenceTable(report, "Theme", "Holm", themes));
        chart(document, writer, ReportCharts.themes(report));
        heading(document, "Do each theme's questions measure one thing? " + report.overall().label());
        document.add(new Paragraph("Cronbach's alpha, from the people who answered every question of the theme in that survey. "
                + "Under 0.7, these questions may not measure one thing.", BODY));
        document.add(ReportPdfScales.reliabilityTable(report));
        document.add(ReportPdfScales.questionTable(report));
        ReportPdfAttrition.add(document, report);
        ReportPdfThenTest.add(document, report);
        ReportPdfUnlinked.add(document, report);
        Chart trendChart = ReportTrend.chart(report);
        if (trendChart != null) {
            document.newPage();
            heading(document, "Trend over all surveys: " + (report.team() == null ? report.overall().label() : report.team()));
            document.add(ReportPdfTrend.cohort(report, report.trend()));
            document.add(ReportPdfTrend.changes(report, report.trend()));
            document.add(ReportPdfTrend.everyone(report, report.trend()));
            chart(document, writer, trendChart);
        }

        document.newPage();
        heading(document, ReportPdfPlan.heading(report, "Questions: " + report.overall().label()));
        List<ReportPdfTables.Line> questions = report.overall().items().stream()
                .map(i -> new ReportPdfTables.Line(i.item().key() + (i.item().reverse() ? " (reverse scored)" : "") + ": " + i.item().text(),
                        i.before(), i.after(), i.change())).toList();
        document.add(ReportPdfTables.changeTable(report, "Question", questions));
        PdfPTable notApplicable = ReportPdfTables.notApplicableTable(report);
        if (notApplicable != null) {
            document.add(notApplicable);
        }
        document.add(new Paragraph("Adjusted for testing every question (Benjamini-Hochberg), with effect sizes:", BODY));
        document.add(ReportPdfScales.inferenceTable(report, "Question", "B-H", questions));
        chart(document, writer, ReportCharts.changes(report));

        if (!report.overall().choices().isEmpty()) {
            heading(document, ReportPdfPlan.heading(report, "Knowledge questions: " + report.overall().label()));
            document.add(ReportPdfTables.knowledgeTable(report));
        }
        if (report.team() == null && report.teams().size() > 1) {
            heading(document, ReportPdfPlan.heading(report, "Teams side by side: mean change in each theme"));
            document.add(ReportPdfTables.teamsTable(report));
        }
        heading(document, ReportPdfPlan.heading(report, "Learning link"));
        learning(document, report);
        heading(document, "What staff wrote");
        comments(document, report);
        document.newPage();
        heading(document, "Codebook of the analysis files");
        ReportPdfCodebook.add(document, report);
        document.close();
        return out.toByteArray();
    }

    private static void titlePage(Document document, Report report) {
        Paragraph kicker = new Paragraph("Programme evaluation report", PdfText.font(14, Font.BOLD, Color.DARK_GRAY));
        kicker.setSpacingBefore(80);
        document.add(kicker);
        Paragraph title = new Paragraph(report.programme().title(), TITLE);
        title.setSpacingAfter(24);
        document.add(title);
        for (String line : List.of(
                "Survey: " + report.survey().title(),
                ReportFormat.wave(report.before().key()) + " survey: " + ReportFormat.date(report.before().opens()) + " to "
                        + ReportFormat.date(report.before().closes()),
                ReportFormat.wave(report.after().key()) + " survey: " + ReportFormat.date(report.after().opens()) + " to "
                        + ReportFormat.date(report.after().closes()),
                report.team() == null ? "Teams: " + String.join(", ", report.teams().stream().map(GroupReport::label).toList())
                        : "Team: " + report.team(),
                "People who answered both surveys: " + ReportFormat.count(report.overall().response().matched(), report))) {
            Paragraph p = new Paragraph(line, PdfText.font(12));
            p.setSpacingAfter(6);
            document.add(p);
        }
        Paragraph made = new Paragraph("Release " + report.release().version() + ", made with Lantern on "
                + ReportFormat.date(report.createdAt().atZone(ZoneId.systemDefault()).toLocalDate()) + " by "
                + report.release().releasedBy() + ". No figure is about fewer than " + report.minGroupSize()
                + " people; see the method note.", PdfText.font(10, Font.ITALIC, Color.DARK_GRAY));
        made.setSpacingBefore(20);
        document.add(made);
        ReportPdfPlan.add(document, report);
    }

    private static void heading(Document document, String text) {
        Paragraph p = new Paragraph(text, H1);
        p.setSpacingBefore(14);
        p.setSpacingAfter(8);
        document.add(p);
    }

    private static void chart(Document document, PdfWriter writer, Chart chart) {
        PdfTemplate template = writer.getDirectContent().createTemplate((float) chart.width(), (float) chart.height());
        chart.draw(new PdfCanvas(template, chart.height()));
        Image image = Image.getInstance(template);
        float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
        image.scaleToFit(width, 620);
        image.setAlt(chart.title() + ". " + chart.description());
        // title, description and drawing stay together on one page
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(12);
        block.setSpacingAfter(8);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.addElement(new Paragraph(chart.title(), H2));
        cell.addElement(new Paragraph(chart.description(), SMALL));
        cell.addElement(image);
        block.addCell(cell);
        document.add(block);
    }

    private static void learning(Document document, Report report) {
        LearningLink link = report.learningLink();
        document.add(new Paragraph("People who answered both surveys in Lantern and had completed at least one training module "
                + "by " + ReportFormat.date(report.after().closes()) + ": " + ReportFormat.count(link.completedPeople(), report)
                + "; who had not: " + ReportFormat.count(link.notCompletedPeople(), report) + ".", BODY));
        if (!link.shown()) {
            document.add(new Paragraph("Not shown: both groups must pass the privacy checks.", BODY));
            return;
        }
        document.add(ReportPdfTables.learningTable(link, report));
    }

    private static void comments(Document document, Report report) {
        if (report.comments().isEmpty()) {
            document.add(new Paragraph("This survey has no questions with written answers.", BODY));
            return;
        }
        for (Comments c : report.comments()) {
            Paragraph question = new Paragraph(ReportFormat.wave(c.waveKey()) + " survey: " + c.item().text(), H2);
            question.setSpacingBefore(8);
            document.add(question);
            if (c.hidden() != null) {
                document.add(new Paragraph("Not shown. " + report.explain(c.hidden()), BODY));
                continue;
            }
            int shown = Math.min(QUOTES_PER_QUESTION, c.quotes().size());
            document.add(new Paragraph(c.written() + " people wrote an answer" + (shown < c.quotes().size()
                    ? "; " + shown + " chosen at random are shown." : "; shown in random order."), SMALL));
            for (Comments.Quote q : c.quotes().subList(0, shown)) {
                Paragraph p = new Paragraph();
                p.add(new Chunk("\"" + q.text() + "\"", QUOTE));
                if (q.team() != null) {
                    p.add(new Chunk("  (" + q.team() + ")", SMALL));
                }
                p.setIndentationLeft(12);
                p.setSpacingBefore(3);
                p.setAlignment(Element.ALIGN_LEFT);
                document.add(p);
            }
        }
    }
}
