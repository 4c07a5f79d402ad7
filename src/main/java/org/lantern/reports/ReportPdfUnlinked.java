package org.lantern.reports;

import org.openpdf.text.Document;

/** The PDF's independent-samples comparison including unlinked responses, after attrition, labelled as weaker evidence. */
final class ReportPdfUnlinked {

    private ReportPdfUnlinked() {
    }

    static void add(Document document, Report report) {
        ReportPdfAttrition.section(document, report, UnlinkedTable.TITLE, UnlinkedTable.NOTE + " See the method note.",
                new float[]{4, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.8f, 1.2f, 1.4f, 1.2f, 2.4f, 1.3f}, UnlinkedTable.HEADERS,
                UnlinkedTable.rows(report));
    }
}
