package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;

import java.util.List;

/** The PDF's then-test (looking back) table, and the method note that explains it. */
final class ReportPdfThenTest {

    private ReportPdfThenTest() {
    }

    /** The method note, or null when the survey asks no then-test question. */
    static @Nullable String note(Report report) {
        if (report.thenTest() == null) {
            return null;
        }
        return "Looking back (then-test): in the " + report.after().key() + " survey, people also answered some questions "
                + "a second time as they now think they would have answered them before the training (the retrospective "
                + "pre-test or then-test; Howard, 1980, 'Response-shift bias: a problem in evaluating interventions with "
                + "pre/post self-reports', Evaluation Review 4(1), 93-106). Before the training, people may rate themselves "
                + "highly because they do not yet know what good practice looks like; afterwards they judge by a new standard. "
                + "That change of yardstick (the response shift) can hide real change when before and after are compared. "
                + "The then-test is answered with the same yardstick as the after survey, so then-test against after shows "
                + "the change as people see it now. For the people who answered before, after and every then-test question "
                + "of a theme, the table shows then-test → after, before → after for the same people, and the response shift "
                + "(then-test − before; below zero when people now judge their past selves more harshly). Tests as above. "
                + "A then-test is a memory judged today and can be coloured by wanting to show progress, so read it beside "
                + "before → after, not instead of it. These people are a group of their own, so they pass the same privacy "
                + "checks against every other group shown (a then-test group that differs from those who answered both "
                + "surveys by fewer than " + report.minGroupSize() + " people is hidden).";
    }

    static void add(Document document, Report report) {
        float[] widths = new float[ThenTestTable.HEADERS.size()];
        java.util.Arrays.fill(widths, 1.2f);
        widths[0] = 3.5f;
        ReportPdfAttrition.section(document, report, ThenTestTable.TITLE, "People who answered before, after and the "
                + "looking-back questions. Change is the later minus the earlier score. See the method note.",
                widths, ThenTestTable.HEADERS, ThenTestTable.rows(report));
    }
}
