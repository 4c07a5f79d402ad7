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
        notes.add(report.primaryOutcome().methodNote());
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
                + "small, 0.5 medium and 0.8 large).");
        notes.add("Many tests at once: the more tests, the more likely one looks significant by chance, so each test's p-value "
                + "is also shown adjusted, within each group (all teams, or one team) and separately for the t-test and the "
                + "Wilcoxon test. The themes are the primary family: their p-values are adjusted by Holm's step-down method "
                + "(Holm 1979), which keeps the chance of any false finding among the themes at 5%. The questions are the "
                + "secondary family: their p-values are adjusted by the Benjamini-Hochberg method (Benjamini & Hochberg 1995), "
                + "which keeps the expected share of false findings among the questions at 5%. Only tests this report shows "
                + "are in a family; a hidden figure is not. Compare adjusted p-values with 0.05 as usual.");
        notes.add("Effect sizes and their uncertainty: the 95% confidence interval of d_z comes from the noncentral t "
                + "distribution (Steiger & Fouladi 1997; Cumming & Finch 2001): the noncentrality values that put the observed t "
                + "at the 97.5th and 2.5th percentiles (n - 1 degrees of freedom), divided by the square root of n. Lantern "
                + "computes the noncentral t by the series of Lenth (1989, algorithm AS 243) from Apache Commons Numbers' "
                + "incomplete beta function (for t beyond about 37, the normal approximation of Abramowitz & Stegun 26.7.10). Hedges' g_z corrects d_z for small groups: g_z = d_z x J(n - 1), with the exact "
                + "J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m - 1)/2)) (Hedges 1981); it needs 3 or more pairs. The Wilcoxon "
                + "test's effect size is the matched-pairs rank-biserial correlation (Kerby 2014): the sum of the ranks of the "
                + "increases minus that of the decreases, over their total, leaving out people with no change; +1 means "
                + "everyone who changed went up, -1 that everyone went down.");
        notes.add("Reliability: for each theme and survey, Cronbach's alpha is worked out from the people who answered every "
                + "question of the theme in that survey (the same people as the theme's figures, so it is shown and hidden "
                + "with them), with a 95% confidence interval by Feldt's method (Feldt 1965; Feldt, Woodruff & Salih 1987). "
                + "Under 0.7 the report says 'these questions may not measure one thing'. For each question: its correlation "
                + "with the sum of the theme's other questions (corrected item-total correlation) and the theme's alpha without "
                + "it. Alpha cannot be worked out for a theme of one question, or when everyone's total is the same; the report "
                + "then says so. McDonald's omega (McDonald 1999) is worked out from a one-factor model of the theme's "
                + "correlations, fitted by least squares (minimum residuals): omega = (sum of loadings)^2 / ((sum of loadings)^2 "
                + "+ sum of (1 - loading^2)). It is left empty for themes of fewer than three questions (one factor cannot "
                + "be fitted), when a question was answered alike by everyone in the group, or when the model has no proper "
                + "solution (a loading of 1 or more, which happens with few people).");
        if (report.overall().choices().size() > 1) {
            notes.add(KnowledgeText.methodNote(report));
        }
        notes.add(Attrition.methodNote());
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
        String trend = ReportTrend.note(report);
        if (trend != null) {
            notes.add(trend);
        }
        java.util.Optional.ofNullable(ReportPdfThenTest.note(report)).ifPresent(notes::add);
        if (report.unlinked() != null) {
            notes.add(UnlinkedTable.METHOD);
        }
        return notes;
    }
}
