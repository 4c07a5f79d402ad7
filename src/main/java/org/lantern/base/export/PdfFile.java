package org.lantern.base.export;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/**
 * One PDF file being written, with Lantern's colours: the document's properties (title, and subject
 * and author where there are any, with Lantern as the creator) are set once the writer listens, which
 * OpenPDF requires or it drops them; then the body is added and the bytes returned.
 * <pre>{@code
 * byte[] pdf = PdfFile.of(new Document(PageSize.A4, 56, 56, 56, 56)).title(copy.title()).subject(tool.title())
 *         .write("the tool PDF", document -> document.add(...));
 * }</pre>
 */
public final class PdfFile {

    /** Lantern's accent blue, for titles and headings. */
    public static final Color ACCENT = new Color(0x1f, 0x5f, 0x8b);
    /** Grey for what comes second: dates, notes, "Not answered". */
    public static final Color MUTED = new Color(0x4a, 0x56, 0x63);

    private final Document document;
    private String title = "";
    private @Nullable String subject;
    private @Nullable String author;

    private PdfFile(Document document) {
        this.document = document;
    }

    /** A file written into this document (its page size and margins). */
    public static PdfFile of(Document document) {
        return new PdfFile(document);
    }

    /** The title readers show in the window and in the file's properties. */
    public PdfFile title(String title) {
        this.title = title;
        return this;
    }

    /** What the document is about, e.g. the programme of a printed survey. */
    public PdfFile subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** Whose document it is, e.g. the person whose journal is exported. */
    public PdfFile author(String author) {
        this.author = author;
        return this;
    }

    /**
     * Opens the document, lets {@code body} add the content, closes it and returns the PDF.
     *
     * @param what the file in plain words for the error should OpenPDF fail, e.g. "the tool PDF"
     */
    public byte[] write(String what, Consumer<Document> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            if (subject != null) {
                document.addSubject(subject);
            }
            if (author != null) {
                document.addAuthor(author);
            }
            document.addCreator("Lantern");
            document.open();
            body.accept(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write " + what, e);
        }
        return out.toByteArray();
    }
}
