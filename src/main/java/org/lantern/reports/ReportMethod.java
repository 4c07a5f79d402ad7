package org.lantern.reports;

import org.lantern.surveys.SurveyDefinition;

import java.util.ArrayList;
import java.util.List;

/** The method note shown with every report and export, in plain words (ASCII only, so every format can show it). */
public final class ReportMethod {

    private ReportMethod() {
    }

    public static List<String> notes(Report report) {
        int min = report.minGroupSize();
        SurveyDefinition.Scale scale = report.survey().scale();
        List<String> notes = new ArrayList<>();
        notes.add("Release: these figures are release " + report.release().version() + ", made on "
                + ReportFormat.date(report.release().releasedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                + " after both surveys had closed. They never change; answers that arrive later appear only in a new release.");
        notes.add("Who is counted: only submitted surveys count. For each theme, a person's answers in a survey are used when "
                + "they answered every agree/disagree question of that theme in it; the theme's questions use the same people, "
                + "so no two figures of one group differ by one person. Before and after figures include everyone who did so in "
                + "that survey. Change figures use only the people who did so in both (matched by their pseudonymous code, never "
                + "their name): change = after minus before.");
        notes.add("Invited: a team's staff in Lantern, or the number who took part if that is more (for example teams "
                + "answering on paper). Response rate = responded / invited.");
        if (scale != null) {
            notes.add("Scoring: agree/disagree answers are scored " + scale.min() + " to " + scale.max() + ". Questions worded "
                    + "the other way round (marked reverse scored) are scored " + (scale.min() + scale.max()) + " minus the "
                    + "answer, so that a higher score always means more recovery-focused practice.");
        }
        if (report.survey().items().stream().anyMatch(SurveyDefinition.Item::notApplicable)) {
            notes.add("Not applicable: some questions let people answer 'Not applicable' (for example staff who never write "
                    + "care plans). That answer has no place on the scale, so it is never averaged or tested: like a question "
                    + "left blank, it leaves the person out of that theme's figures in that survey, and out of the pairs for "
                    + "change if it was given in either survey. How many answered 'Not applicable' is counted separately for "
                    + "each question and survey, and these counts are checked for privacy like every other count.");
        }
        notes.add("Themes: a person's theme score in a survey is the mean of the theme's agree/disagree questions. "
                + "Knowledge questions are reported as the percentage who chose the correct answer and are "
                + "never part of theme scores.");
        notes.add("Tests: 95% confidence intervals of means and of the mean change are t-based. The paired t-test and the "
                + "Wilcoxon signed-rank test are two-sided. For the Wilcoxon test, people with no change are left out; the "
                + "exact distribution is used for up to 50 people with no tied changes, otherwise the normal approximation "
                + "with a correction for ties and no continuity correction. Changes within 0.000000001 of each other count "
                + "as equal. Effect size d_z = mean change / standard deviation of the change (as a rough guide, 0.2 is "
                + "small, 0.5 medium and 0.8 large). p-values are not adjusted for the number of questions.");
        notes.add("Privacy: no figure is about fewer than " + min + " people ('" + report.tooFewLabel() + "'). A group in which "
                + "everyone gave the same answer to a question (or the same knowledge answer, or the same change) is hidden too "
                + "('" + report.label(Hidden.EVERYONE_ALIKE) + "'), because the figure would show each person's answer. Before "
                + "release, every figure of this release and of every earlier release of the programme is checked together, and "
                + "further figures are hidden ('hidden') until no sum or difference of shown figures, across tables, teams and "
                + "releases, is about fewer than " + min + " people or about people who all answered alike. Answers a reader "
                + "imported from paper themselves do not count towards the " + min + ". A figure that changed for fewer than " + min
                + " people since an earlier release shows as '" + report.label(Hidden.SINCE_EARLIER_RELEASE) + "'. Written answers "
                + "appear only for groups that pass the same checks, in random order and without names; the evaluator may remove "
                + "any before release. Evaluators never see individual answers.");
        notes.add("Learning link: people who answered both surveys in Lantern are split by whether they had completed at "
                + "least one Lantern training module by the day the after survey closed (" + ReportFormat.date(report.after().closes())
                + "). Answers imported from paper cannot be linked to training and are left out. A comparison is shown only "
                + "when both groups pass the privacy checks; the two groups' changes are compared with Welch's t-test. "
                + "This shows an association, not that the training caused the change.");
        return notes;
    }
}
