package org.lantern.journal;

import lombok.RequiredArgsConstructor;

import org.lantern.base.export.MarkdownText;
import org.lantern.base.export.PdfFile;
import org.lantern.base.export.PdfText;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.draw.LineSeparator;

import java.awt.Color;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.lantern.base.export.PdfFile.ACCENT;
import static org.lantern.base.export.PdfFile.MUTED;

/** Turns a person's own journal into a readable PDF or Markdown file, oldest entry first. */
@RequiredArgsConstructor
final class JournalExport {

    static final String PRIVATE_NOTE = "This journal is private to you. Keep the file somewhere safe, and do not "
            + "name people using services or colleagues.";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final String ownerName;
    private final List<JournalEntry> entries;
    private final Instant exportedAt;
    private final ZoneId zone;

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# My Lantern journal\n\n");
        md.append(markdownText(ownerName)).append(", exported ").append(format(exportedAt)).append(".\n\n");
        md.append("_").append(PRIVATE_NOTE).append("_\n\n");
        if (entries.isEmpty()) {
            md.append("There are no entries yet.\n");
            return md.toString();
        }
        for (JournalEntry entry : entries) {
            md.append("---\n\n");
            md.append("## ").append(markdownText(oneLine(entry.title()))).append("\n\n");
            md.append("_").append(markdownText(meta(entry))).append("_\n\n");
            if (!entry.prompt().isBlank()) {
                for (String line : ("Prompt: " + markdownText(entry.prompt())).split("\n")) {
                    md.append("> ").append(line).append('\n');
                }
                md.append('\n');
            }
            md.append(markdownText(entry.body().strip())).append("\n\n");
        }
        return md.toString();
    }

    /**
     * What people wrote, as literal Markdown text: HTML tags and links are escaped, so a Markdown
     * viewer that renders HTML shows {@code <script>} as text instead of running it.
     */
    static String markdownText(String text) {
        return MarkdownText.literal(text);
    }

    byte[] pdf() {
        return PdfFile.of(new Document(PageSize.A4, 56, 56, 56, 56)).title("My Lantern journal").author(ownerName)
                .write("the journal PDF", document -> {
                    document.add(PdfText.paragraph("My Lantern journal", PdfText.font(20, Font.BOLD, ACCENT), 0, 6));
                    document.add(PdfText.paragraph(ownerName + ", exported " + format(exportedAt) + ".",
                            PdfText.font(10, Font.NORMAL, MUTED), 0, 4));
                    document.add(PdfText.paragraph(PRIVATE_NOTE, PdfText.font(10, Font.ITALIC, MUTED), 0, 12));
                    if (entries.isEmpty()) {
                        document.add(PdfText.paragraph("There are no entries yet.", PdfText.font(11), 12, 0));
                    }
                    for (JournalEntry entry : entries) {
                        addEntry(document, entry);
                    }
                });
    }

    private void addEntry(Document document, JournalEntry entry) {
        LineSeparator rule = new LineSeparator(0.5f, 100, new Color(0xd5, 0xdd, 0xe5), Element.ALIGN_CENTER, -4);
        document.add(new Paragraph(" "));
        document.add(rule);
        document.add(PdfText.paragraph(oneLine(entry.title()), PdfText.font(14, Font.BOLD), 10, 2));
        document.add(PdfText.paragraph(meta(entry), PdfText.font(9, Font.NORMAL, MUTED), 0, 6));
        if (!entry.prompt().isBlank()) {
            document.add(PdfText.paragraph("Prompt: " + entry.prompt(), PdfText.font(10, Font.ITALIC), 0, 6));
        }
        for (String part : entry.body().strip().split("\\n\\s*\\n")) {
            document.add(PdfText.paragraph(part, PdfText.font(11), 0, 6));
        }
    }

    private String meta(JournalEntry entry) {
        StringBuilder meta = new StringBuilder("Written " + format(entry.createdAt()));
        if (entry.edited()) {
            meta.append(", changed ").append(format(entry.updatedAt()));
        }
        String from = entry.source().describe();
        if (!from.isEmpty()) {
            meta.append(". ").append(from);
        }
        return meta.toString();
    }

    private String format(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
