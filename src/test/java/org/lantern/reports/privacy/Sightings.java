package org.lantern.reports.privacy;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ChangeFigures;
import org.lantern.reports.ChoiceFigures;
import org.lantern.reports.Comments;
import org.lantern.reports.Count;
import org.lantern.reports.GroupReport;
import org.lantern.reports.ItemFigures;
import org.lantern.reports.LearningLink;
import org.lantern.reports.Report;
import org.lantern.reports.ThemeFigures;
import org.lantern.reports.WaveFigures;
import org.lantern.reports.privacy.Cohort.Snapshot;
import org.lantern.reports.privacy.Intruder.ChangeFigure;
import org.lantern.reports.privacy.Intruder.ChoiceFigure;
import org.lantern.reports.privacy.Intruder.CountFigure;
import org.lantern.reports.privacy.Intruder.Kind;
import org.lantern.reports.privacy.Intruder.Pop;
import org.lantern.reports.privacy.Intruder.WaveFigure;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedComparison;
import tools.jackson.databind.JsonNode;

/**
 * Turns what a reader is shown (a report from the service, or its JSON from the API) into the
 * intruder's figures: every number that is not hidden, labelled with where it was seen.
 */
final class Sightings {

    private final Intruder intruder;
    private final Cohort cohort;

    Sightings(Intruder intruder, Cohort cohort) {
        this.intruder = intruder;
        this.cohort = cohort;
    }

    private String label(int release, int team, String what) {
        Snapshot s = cohort.releases.get(release);
        return "release " + s.version() + " (" + cohort.waves.get(s.before()) + "–" + cohort.waves.get(s.after()) + "), "
                + (team < 0 ? "all teams" : cohort.teams.get(team)) + ", " + what;
    }

    // --- the service's reports -------------------------------------------------------------------------

    /**
     * Everything shown in one report. {@code groups}: whether to take its group figures (a team's report
     * repeats that team's figures of the all-teams report; its learning link and comments are its own).
     */
    void report(int release, Report report, boolean groups) {
        int scope = report.team() == null ? -1 : cohort.team(report.team());
        if (groups) {
            if (report.team() == null) {
                group(release, -1, report.overall());
                for (GroupReport g : report.teams()) {
                    group(release, cohort.team(g.team()), g);
                }
            } else {
                group(release, scope, report.overall());
            }
        }
        learning(release, scope, report.learningLink());
        unlinked(release, scope, report.unlinked());
        for (Comments c : report.comments()) {
            if (c.written() != null && c.hidden() == null) {
                int x = textIndex(c.item().key());
                int w = cohort.wave(c.waveKey());
                intruder.see(new CountFigure(new Pop(release, scope, Kind.WRITTEN, x, w, 0), c.written()),
                        label(release, scope, "wrote " + c.item().key() + " at " + c.waveKey()));
            }
        }
    }

    private int textIndex(String key) {
        for (int x = 0; x < cohort.text.size(); x++) {
            if (cohort.text.get(x).key().equals(key)) {
                return x;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private int choiceIndex(String key) {
        for (int c = 0; c < cohort.choice.size(); c++) {
            if (cohort.choice.get(c).key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private int familyIndex(String key) {
        for (int f = 0; f < cohort.families.size(); f++) {
            if (cohort.families.get(f).key().equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private int familyByTitle(String title) {
        for (int f = 0; f < cohort.families.size(); f++) {
            if (title.equals(cohort.families.get(f).title())) {
                return f;
            }
        }
        throw new IllegalArgumentException(title);
    }

    private void count(int release, int team, Kind kind, int wave, Count count, String what) {
        if (count.value() != null && count.hidden() == null) {
            intruder.see(new CountFigure(new Pop(release, team, kind, 0, wave, 0), count.value()), label(release, team, what));
        }
    }

    private void group(int release, int team, GroupReport g) {
        Snapshot s = cohort.releases.get(release);
        String b = cohort.waves.get(s.before());
        String a = cohort.waves.get(s.after());
        count(release, team, Kind.RESPONDED, s.before(), g.response().respondedBefore(), "responded " + b);
        count(release, team, Kind.RESPONDED, s.after(), g.response().respondedAfter(), "responded " + a);
        count(release, team, Kind.MATCHED, -1, g.response().matched(), "responded to both");
        for (ThemeFigures t : g.themes()) {
            int f = familyIndex(t.theme().key());
            wave(release, team, f, s.before(), -1, t.before(), t.theme().key() + " at " + b);
            wave(release, team, f, s.after(), -1, t.after(), t.theme().key() + " at " + a);
            change(new Pop(release, team, Kind.PAIRS, f, -1, 0), -1, t.change(), t.theme().key() + " change");
            attrition(release, team, f, s.before(), t, b);
        }
        for (ItemFigures i : g.items()) {
            int item = cohort.likertIndex(i.item().key());
            int f = cohort.familyOf(item);
            wave(release, team, f, s.before(), item, i.before(), i.item().key() + " at " + b);
            wave(release, team, f, s.after(), item, i.after(), i.item().key() + " at " + a);
            change(new Pop(release, team, Kind.PAIRS, f, -1, 0), item, i.change(), i.item().key() + " change");
        }
        for (ChoiceFigures c : g.choices()) {
            int x = choiceIndex(c.item().key());
            correct(release, team, x, s.before(), c.before(), c.item().key() + " at " + b);
            correct(release, team, x, s.after(), c.after(), c.item().key() + " at " + a);
        }
    }

    /** The independent-samples comparison's two groups (everyone before and after, unlinked responses included). */
    private void unlinked(int release, int team, org.lantern.reports.@Nullable UnlinkedFigures figures) {
        if (figures == null) {
            return;
        }
        Snapshot s = cohort.releases.get(release);
        for (boolean theme : new boolean[]{true, false}) {
            for (org.lantern.reports.UnlinkedFigures.Row r : theme ? figures.themes() : figures.items()) {
                if (r.comparison() == null) {
                    continue;
                }
                int item = theme ? -1 : cohort.likertIndex(r.key());
                int f = theme ? familyIndex(r.key()) : cohort.familyOf(item);
                for (int w : new int[]{s.before(), s.after()}) {
                    Descriptive d = w == s.before() ? r.comparison().before() : r.comparison().after();
                    intruder.see(new WaveFigure(new Pop(release, team, Kind.UNLINKED_ALL, f, w, 0), item, d.n(), d.mean(), d.sd()),
                            label(release, team, r.key() + " with unlinked at " + cohort.waves.get(w)));
                }
            }
        }
    }

    /** Attrition's two groups at the before wave: completers (the pairs) and drop-outs (everyone before but the pairs). */
    private void attrition(int release, int team, int family, int before, ThemeFigures t, String b) {
        org.lantern.reports.Attrition a = t.attrition();
        if (a == null || a.hidden() != null) {
            return;
        }
        for (Kind kind : new Kind[]{Kind.PAIRS, Kind.DROPOUT}) {
            Descriptive d = kind == Kind.PAIRS ? a.completers() : a.dropOuts();
            intruder.see(new WaveFigure(new Pop(release, team, kind, family, before, 0), -1, d.n(), d.mean(), d.sd()),
                    label(release, team, t.theme().key() + (kind == Kind.PAIRS ? " completers" : " drop-outs") + " at " + b));
        }
    }

    private void wave(int release, int team, int family, int wave, int item, WaveFigures w, String what) {
        if (w.hidden() != null || w.stats() == null) {
            return;
        }
        Descriptive d = w.stats();
        intruder.see(new WaveFigure(new Pop(release, team, Kind.WAVE, family, wave, 0), item, d.n(), d.mean(), d.sd()),
                label(release, team, what));
    }

    private void change(Pop pop, int item, ChangeFigures c, String what) {
        if (c.hidden() != null || c.stats() == null) {
            return;
        }
        paired(pop, item, c.stats(), c.shares() == null ? null : c.shares().asArray(), what);
    }

    private void paired(Pop pop, int item, PairedComparison p, double @Nullable [] shares, String what) {
        Integer nonZero = p.pairs() == 0 ? null : p.wilcoxon() == null ? Integer.valueOf(0) : Integer.valueOf(p.wilcoxon().n());
        intruder.see(new ChangeFigure(pop, item, p.pairs(), p.beforeMean(), p.afterMean(), p.meanChange(), p.sdChange(), shares, nonZero),
                label(pop.release(), pop.team(), what));
    }

    private void correct(int release, int team, int choice, int wave, ChoiceFigures.Correct c, String what) {
        if (c.hidden() != null || c.n() == null) {
            return;
        }
        intruder.see(new ChoiceFigure(new Pop(release, team, Kind.CHOICE, choice, wave, 0), c.n(), c.percent()),
                label(release, team, what));
    }

    private void learning(int release, int team, LearningLink link) {
        for (int group : new int[]{2, 1}) {
            Count c = group == 2 ? link.completedPeople() : link.notCompletedPeople();
            if (c.value() != null && c.hidden() == null) {
                intruder.see(new CountFigure(new Pop(release, team, Kind.LEARN, -1, -1, group), c.value()),
                        label(release, team, "learning link: " + (group == 2 ? "completed" : "not completed")));
            }
        }
        // the counts above are of the "all questions" groups
        for (LearningLink.Row row : link.rows()) {
            if (row.hidden() != null) {
                continue;
            }
            int f = row.label().equals("All questions") ? -1 : familyByTitle(row.label());
            if (row.completed() != null) {
                paired(new Pop(release, team, Kind.LEARN, f, -1, 2), -1, row.completed(), null, "learning link " + row.label() + ", completed");
            }
            if (row.notCompleted() != null) {
                paired(new Pop(release, team, Kind.LEARN, f, -1, 1), -1, row.notCompleted(), null,
                        "learning link " + row.label() + ", not completed");
            }
        }
    }

    // --- the API's JSON -----------------------------------------------------------------------------------

    /** Everything shown in the JSON of one report ({@code GET /api/programmes/{key}/report}). */
    void json(int release, JsonNode report, boolean groups) {
        JsonNode teamNode = report.get("team");
        int scope = teamNode == null || teamNode.isNull() ? -1 : cohort.team(teamNode.asString());
        if (groups) {
            jsonGroup(release, scope, report.get("response"), report.get("themes"), report.get("items"), report.get("choiceItems"));
            if (scope < 0) {
                for (JsonNode t : report.get("teams")) {
                    jsonGroup(release, cohort.team(t.get("name").asString()), t.get("response"), t.get("themes"), t.get("items"),
                            t.get("choiceItems"));
                }
            }
        }
        JsonNode link = report.get("learningLink");
        Integer completed = integer(link.get("completed"));
        if (completed != null) {
            intruder.see(new CountFigure(new Pop(release, scope, Kind.LEARN, -1, -1, 2), completed), label(release, scope, "learning link: completed"));
        }
        Integer not = integer(link.get("notCompleted"));
        if (not != null) {
            intruder.see(new CountFigure(new Pop(release, scope, Kind.LEARN, -1, -1, 1), not), label(release, scope, "learning link: not completed"));
        }
        for (JsonNode row : link.get("rows")) {
            if (row.get("suppressed").asBoolean()) {
                continue;
            }
            String title = row.get("label").asString();
            int f = title.equals("All questions") ? -1 : familyByTitle(title);
            learningSide(release, scope, f, 2, row, "completed", title);
            learningSide(release, scope, f, 1, row, "notCompleted", title);
        }
        for (JsonNode c : report.get("comments")) {
            Integer written = integer(c.get("written"));
            if (written != null && !c.get("suppressed").asBoolean()) {
                intruder.see(new CountFigure(new Pop(release, scope, Kind.WRITTEN, textIndex(c.get("item").asString()),
                        cohort.wave(c.get("wave").asString()), 0), written), label(release, scope, "wrote " + c.get("item").asString()));
            }
        }
    }

    /** A side of a learning-link row: pairs, mean change and its CI (the SD follows from the CI's half-width). */
    private void learningSide(int release, int scope, int family, int group, JsonNode row, String side, String title) {
        Integer pairs = integer(row.get(side + "Pairs"));
        Double mean = number(row.get(side + "MeanChange"));
        if (pairs == null || mean == null) {
            return;
        }
        Double low = number(row.get(side + "CiLow"));
        Double high = number(row.get(side + "CiHigh"));
        Double sd = null;
        if (pairs >= 2 && low != null && high != null) {
            double t = org.apache.commons.statistics.distribution.TDistribution.of(pairs - 1).inverseCumulativeProbability(0.975);
            sd = (high - low) / 2 / t * Math.sqrt(pairs);
        }
        intruder.see(new ChangeFigure(new Pop(release, scope, Kind.LEARN, family, -1, group), -1, pairs, null, null, mean, sd, null, null),
                label(release, scope, "learning link " + title + ", " + side));
    }

    private void jsonGroup(int release, int team, JsonNode response, JsonNode themes, JsonNode items, JsonNode choices) {
        Snapshot s = cohort.releases.get(release);
        jsonCount(release, team, Kind.RESPONDED, s.before(), response.get("respondedBefore"), "responded before");
        jsonCount(release, team, Kind.RESPONDED, s.after(), response.get("respondedAfter"), "responded after");
        jsonCount(release, team, Kind.MATCHED, -1, response.get("matched"), "responded to both");
        for (JsonNode t : themes) {
            int f = familyIndex(t.get("key").asString());
            jsonScores(release, team, f, -1, t, t.get("key").asString());
        }
        for (JsonNode i : items) {
            int item = cohort.likertIndex(i.get("key").asString());
            jsonScores(release, team, cohort.familyOf(item), item, i, i.get("key").asString());
        }
        for (JsonNode c : choices) {
            int x = choiceIndex(c.get("key").asString());
            Integer bn = integer(c.get("beforeN"));
            if (bn != null) {
                intruder.see(new ChoiceFigure(new Pop(release, team, Kind.CHOICE, x, s.before(), 0), bn, number(c.get("beforePercentCorrect"))),
                        label(release, team, c.get("key").asString() + " before"));
            }
            Integer an = integer(c.get("afterN"));
            if (an != null) {
                intruder.see(new ChoiceFigure(new Pop(release, team, Kind.CHOICE, x, s.after(), 0), an, number(c.get("afterPercentCorrect"))),
                        label(release, team, c.get("key").asString() + " after"));
            }
        }
    }

    private void jsonScores(int release, int team, int family, int item, JsonNode node, String what) {
        Snapshot s = cohort.releases.get(release);
        Integer bn = integer(node.get("beforeN"));
        if (bn != null) {
            intruder.see(new WaveFigure(new Pop(release, team, Kind.WAVE, family, s.before(), 0), item, bn, number(node.get("beforeMean")),
                    number(node.get("beforeSd"))), label(release, team, what + " before"));
        }
        Integer an = integer(node.get("afterN"));
        if (an != null) {
            intruder.see(new WaveFigure(new Pop(release, team, Kind.WAVE, family, s.after(), 0), item, an, number(node.get("afterMean")),
                    number(node.get("afterSd"))), label(release, team, what + " after"));
        }
        Integer pairs = integer(node.get("pairs"));
        if (pairs != null) {
            intruder.see(new ChangeFigure(new Pop(release, team, Kind.PAIRS, family, -1, 0), item, pairs, null, null,
                    number(node.get("meanChange")), number(node.get("sdChange")), null, null), label(release, team, what + " change"));
        }
    }

    private void jsonCount(int release, int team, Kind kind, int wave, JsonNode node, String what) {
        Integer n = integer(node);
        if (n != null) {
            intruder.see(new CountFigure(new Pop(release, team, kind, 0, wave, 0), n), label(release, team, what));
        }
    }

    private static @Nullable Integer integer(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }

    private static @Nullable Double number(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asDouble();
    }
}
