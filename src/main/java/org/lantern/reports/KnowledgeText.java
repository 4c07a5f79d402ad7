package org.lantern.reports;

import org.lantern.training.QuestionFlag;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The knowledge questions' discrimination and what to look at, in words, for the page, the PDF and the XLSX. */
public final class KnowledgeText {

    private KnowledgeText() {
    }

    /** Under the page's knowledge table. */
    public static final String NOTE = "Discrimination: whether people who did well on the other knowledge questions also "
            + "got this one right (from 0.2 up it separates well; below 0 people who did well overall tended to get it wrong). "
            + "Worked out for all teams together only, from " + Discrimination.MINIMUM_PEOPLE + " people who answered every "
            + "knowledge question.";

    /** The method note's paragraph on knowledge questions (ASCII only, like the rest of the note). */
    static String methodNote(Report report) {
        return "Knowledge questions: difficulty is the percentage who chose the correct answer (of those who answered the "
                + "question). Discrimination is the corrected item-total correlation: Pearson's r (the point-biserial "
                + "correlation) between getting the question right (1) or wrong (0) and the number of the other knowledge "
                + "questions got right, over the people in the release who answered every knowledge question of that survey "
                + "(Hipparchus; equal to scipy.stats.pointbiserialr). As a guide, 0.2 or more separates well. The "
                + "report says 'almost everyone gets this right' over 90% correct, 'few get this right' under 30%, 'people who "
                + "do well overall tend to get this wrong' when discrimination is below 0 (the question may be unclear or its "
                + "answer wrong), and 'does not separate' below 0.2. A correlation over a small group can hint at one person's "
                + "answers, so discrimination is worked out for all teams together only (never per team), only from "
                + Math.max(Discrimination.MINIMUM_PEOPLE, report.minGroupSize()) + " people who answered every knowledge "
                + "question, only when the question's percentage correct is shown, and it is hidden ('"
                + report.label(Hidden.SINCE_EARLIER_RELEASE) + "') when fewer than " + report.minGroupSize() + " people "
                + "changed it since an earlier release that showed it. 'no spread' means the question or the rest of the "
                + "score was the same for everyone, so there is no correlation.";
    }

    /** The discrimination at one wave with two decimals, or why there is none ("–" for a team, or with one knowledge question). */
    public static String discrimination(ChoiceFigures.Correct c, Report report) {
        Discrimination d = c.discrimination();
        return d == null ? "–" : d.text(report);
    }

    /** What to look at for the question, before and after together (each flag once), or empty. */
    public static String flags(ChoiceFigures c) {
        Set<QuestionFlag> flags = new LinkedHashSet<>();
        for (ChoiceFigures.Correct wave : java.util.List.of(c.before(), c.after())) {
            if (wave.discrimination() != null && wave.hidden() == null) {
                flags.addAll(wave.discrimination().flags(wave.percent()));
            }
        }
        return flags.stream().map(QuestionFlag::label).collect(Collectors.joining("; "));
    }
}
