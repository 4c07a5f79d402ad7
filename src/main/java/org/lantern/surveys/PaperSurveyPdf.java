package org.lantern.surveys;

import org.lantern.base.export.PdfFile;
import org.lantern.base.export.PdfText;
import org.lantern.surveys.SurveyDefinition.Item;
import org.lantern.surveys.SurveyDefinition.ItemType;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.lantern.base.export.PdfFile.ACCENT;
import static org.lantern.base.export.PdfFile.MUTED;

/**
 * A survey on paper: the code box, team and round, plain instructions, then one question per row in
 * the order of the CSV import's columns, each with its item key printed small so that data entry types
 * the answer into the column of that name. Ends with the CSV header to type the forms into.
 */
final class PaperSurveyPdf {

    static final String BOX = "\u2610";
    static final String INSTRUCTIONS = """
            Write the code you were given in the box above. Use the same code each time you fill in this survey, \
            and never write your name. If you have no code, or would rather not give it, leave the box empty: your \
            answers still count, but they cannot be matched with your answers in another round. \
            Tick the team you work in and this round of the survey.
            Tick one box for each question. There are no right or wrong answers to questions about your views. \
            "Not applicable" is there for questions about work you never do. Leave a question blank if you would \
            rather not answer it. If you tick the wrong box, fill it in completely and tick the right one.
            When you have finished, hand the form back as you were asked to, for example in a sealed envelope.""";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Color SHADE = new Color(0xee, 0xf2, 0xf6);

    private PaperSurveyPdf() {
    }

    static byte[] render(SurveyDefinition survey, Programme programme) {
        return PdfFile.of(new Document(PageSize.A4, 42, 42, 42, 42)).title(survey.title()).subject(programme.title())
                .write("the printable survey", document -> {
                    document.add(PdfText.paragraph(survey.title(), PdfText.font(17, Font.BOLD, ACCENT), 0, 2));
                    document.add(PdfText.paragraph(programme.title(), PdfText.font(11, Font.BOLD), 0, 8));
                    document.add(header(programme));
                    for (String line : INSTRUCTIONS.split("\n")) {
                        document.add(PdfText.paragraph(line, PdfText.font(10), 0, 3));
                    }
                    if (!survey.description().isBlank()) {
                        document.add(PdfText.paragraph(survey.description(), PdfText.font(10, Font.ITALIC), 3, 3));
                    }
                    addQuestions(document, survey);
                    document.add(dataEntry(survey));
                });
    }

    /** The code box, the teams and the rounds: the first three columns of the CSV. */
    private static PdfPTable header(Programme programme) {
        PdfPTable table = new PdfPTable(new float[]{1.2f, 3f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        table.addCell(label("Your participant code", "participant"));
        PdfPCell code = new PdfPCell(new Phrase(" "));
        code.setMinimumHeight(30);
        code.setBorderWidth(1.5f);
        table.addCell(code);
        table.addCell(label("Your team", "team"));
        table.addCell(plain(programme.teams().stream().map(t -> BOX + " " + t.name()).collect(Collectors.joining("    "))));
        table.addCell(label("Survey round", "wave"));
        table.addCell(plain(programme.waves().stream().map(w -> BOX + " " + w.key() + " (" + DATE.format(w.opens()) + " to "
                + DATE.format(w.closes()) + ")").collect(Collectors.joining("    "))));
        return table;
    }

    /** Questions in the survey's order, which is the CSV's; a run of scale questions shares one table. */
    private static void addQuestions(Document document, SurveyDefinition survey) throws DocumentException {
        List<Item> run = new ArrayList<>();
        int number = 1;
        for (Item item : survey.items()) {
            if (item.type() == ItemType.LIKERT) {
                run.add(item);
                continue;
            }
            number = flush(document, survey, run, number);
            document.add(item.type() == ItemType.CHOICE ? choice(item, number++) : text(item, number++));
        }
        number = flush(document, survey, run, number);
        if (!survey.thenTestItems().isEmpty()) {
            // the CSV's last columns: asked after the training only, so the form says when to leave them blank
            document.add(PdfText.paragraph("Looking back (only after the training; leave blank in the first survey round)",
                    PdfText.font(12, Font.BOLD, ACCENT), 10, 2));
            document.add(PdfText.paragraph("Now think back to before the training. How would you have answered these questions "
                    + "then? Answer as you now see yourself at that time.", PdfText.font(10), 0, 2));
            flush(document, survey, new ArrayList<>(survey.thenTestItems()), number);
        }
    }

    private static int flush(Document document, SurveyDefinition survey, List<Item> run, int number) throws DocumentException {
        if (run.isEmpty()) {
            return number;
        }
        boolean notApplicable = run.stream().anyMatch(Item::notApplicable);
        SurveyDefinition.Scale scale = survey.scale();
        int points = scale.max() - scale.min() + 1;
        float[] widths = new float[1 + points + (notApplicable ? 1 : 0)];
        widths[0] = 3.5f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        table.addCell(heading("Question"));
        for (int value = scale.min(); value <= scale.max(); value++) {
            table.addCell(heading(value + "\n" + scale.label(value)));
        }
        if (notApplicable) {
            table.addCell(heading(SurveyDefinition.NOT_APPLICABLE_LABEL));
        }
        for (Item item : run) {
            table.addCell(question(item, number++));
            for (int value = scale.min(); value <= scale.max(); value++) {
                table.addCell(tick(BOX));
            }
            if (notApplicable) {
                table.addCell(tick(item.notApplicable() ? BOX : ""));
            }
        }
        document.add(table);
        run.clear();
        return number;
    }

    private static PdfPTable choice(Item item, int number) {
        PdfPTable table = single(question(item, number));
        table.addCell(plain(item.options().stream().map(o -> BOX + " " + o).collect(Collectors.joining("\n"))));
        return table;
    }

    private static PdfPTable text(Item item, int number) {
        PdfPTable table = single(question(item, number));
        PdfPCell box = new PdfPCell(new Phrase(" "));
        box.setMinimumHeight(90);
        table.addCell(box);
        return table;
    }

    /** A full-width block that is not split across pages. */
    private static PdfPTable single(PdfPCell question) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setKeepTogether(true);
        table.addCell(question);
        return table;
    }

    /** The question's number and text, with its key small beneath for data entry. */
    private static PdfPCell question(Item item, int number) {
        Paragraph text = new Paragraph(number + ". " + item.text(), PdfText.font(10));
        text.setLeading(13);
        text.add(new Chunk("\n" + item.key(), PdfText.font(7, Font.NORMAL, MUTED)));
        PdfPCell cell = new PdfPCell(text);
        cell.setPadding(5);
        return cell;
    }

    private static PdfPCell label(String text, String column) {
        Paragraph label = new Paragraph(text, PdfText.font(10, Font.BOLD));
        label.add(new Chunk("\n" + column, PdfText.font(7, Font.NORMAL, MUTED)));
        PdfPCell cell = new PdfPCell(label);
        cell.setBackgroundColor(SHADE);
        cell.setPadding(5);
        return cell;
    }

    private static PdfPCell plain(String text) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, PdfText.font(10)));
        cell.setPadding(5);
        cell.setLeading(0, 1.5f);
        return cell;
    }

    private static PdfPCell heading(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, PdfText.font(7, Font.BOLD)));
        cell.setBackgroundColor(SHADE);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(2);
        return cell;
    }

    private static PdfPCell tick(String box) {
        PdfPCell cell = new PdfPCell(new Phrase(box, PdfText.font(14)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** For whoever types the forms in: the CSV header, in this order, and what to type. */
    private static PdfPTable dataEntry(SurveyDefinition survey) {
        Paragraph text = new Paragraph("For data entry. Type each form as one line of a CSV file whose first line is:\n",
                PdfText.font(8, Font.BOLD, MUTED));
        Chunk header = new Chunk(String.join(",", survey.importColumns()), PdfText.font(8, Font.NORMAL, MUTED));
        // break the long line only after a comma, never inside an item key such as hope-1
        header.setSplitCharacter((start, current, end, chars, chunks) -> chars[current] == ',');
        text.add(header);
        text.add(new Chunk("\nFor a ticked scale box type its number (" + survey.scale().min() + " to " + survey.scale().max()
                + "), " + SurveyDefinition.NOT_APPLICABLE + " for Not applicable, the option's words for the other ticked "
                + "boxes, and the written text for boxes to write in; leave the cell empty where nothing was ticked or "
                + "written. A spreadsheet program saves words with commas correctly; in a text editor, put them in double "
                + "quotes. Import the file on the programme's page.", PdfText.font(8, Font.NORMAL, MUTED)));
        text.setLeading(11);
        PdfPCell cell = new PdfPCell(text);
        cell.setBorder(Rectangle.TOP);
        cell.setPaddingTop(6);
        PdfPTable table = single(cell);
        table.setSpacingBefore(14);
        return table;
    }
}
