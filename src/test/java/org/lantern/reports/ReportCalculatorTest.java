package org.lantern.reports;

import org.junit.jupiter.api.Test;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.SurveyDefinition.Item;
import org.lantern.surveys.SurveyDefinition.ItemType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lantern.reports.ReportData.MISSING;

/** The calculator on hand-made answers: reverse scoring, theme scores, knowledge questions and the small-group rules. */
class ReportCalculatorTest {

    static final SurveyDefinition SURVEY = new SurveyDefinition("test", "Test survey", "",
            new SurveyDefinition.Scale(1, 5, List.of("1", "2", "3", "4", "5")),
            List.of(new SurveyDefinition.Theme("hope", "Hope"), new SurveyDefinition.Theme("risk", "Risk")),
            List.of(new Item("hope-1", "hope", ItemType.LIKERT, "I feel hopeful.", false, List.of(), null),
                    new Item("hope-2", "hope", ItemType.LIKERT, "I feel hopeless.", true, List.of(), null),
                    new Item("risk-1", "risk", ItemType.LIKERT, "I talk about risk.", false, List.of(), null),
                    new Item("hope-k1", "hope", ItemType.CHOICE, "What is hope?", false, List.of("Right", "Wrong"), "Right"),
                    new Item("comments", "", ItemType.TEXT, "Anything else?", false, List.of(), null)));
    static final int M = MISSING;

    /** Hand-made answers for a few teams. */
    static final class Data {
        final List<String> teams;
        final List<Integer> team = new ArrayList<>();
        final List<int[]> before = new ArrayList<>();
        final List<int[]> after = new ArrayList<>();
        final List<Boolean> linked = new ArrayList<>();
        final List<Boolean> completed = new ArrayList<>();
        final Map<ReportData.ChoiceKey, Integer> choices = new HashMap<>();
        final List<ReportData.TextAnswer> texts = new ArrayList<>();
        final int[] staff;

        Data(String... teams) {
            this.teams = List.of(teams);
            this.staff = new int[teams.length];
        }

        /** A participant's raw answers to hope-1, hope-2 (reverse scored) and risk-1; null for a wave not answered. */
        Data person(int team, int[] before, int[] after) {
            this.team.add(team);
            this.before.add(before);
            this.after.add(after);
            linked.add(false);
            completed.add(false);
            return this;
        }

        /** {@code count} people in a team who answered the same before and after. */
        Data people(int team, int count, int[] before, int[] after) {
            for (int i = 0; i < count; i++) {
                person(team, before, after);
            }
            return this;
        }

        Data trained(int fromIndex, int toIndex, boolean done) {
            for (int p = fromIndex; p < toIndex; p++) {
                linked.set(p, true);
                completed.set(p, done);
            }
            return this;
        }

        Data choice(int team, boolean after, String option, int count) {
            choices.merge(new ReportData.ChoiceKey(team, after, "hope-k1", option), count, Integer::sum);
            return this;
        }

        Data wrote(int team, boolean after, String text) {
            texts.add(new ReportData.TextAnswer(team, after, "comments", text));
            return this;
        }

        ReportData build() {
            int n = team.size();
            int[] b = new int[n * 3];
            int[] a = new int[n * 3];
            ReportData.TeamCounts[] counts = new ReportData.TeamCounts[teams.size()];
            int[][] c = new int[teams.size()][4];
            for (int p = 0; p < n; p++) {
                for (int i = 0; i < 3; i++) {
                    b[p * 3 + i] = before.get(p) == null ? M : before.get(p)[i];
                    a[p * 3 + i] = after.get(p) == null ? M : after.get(p)[i];
                }
                int t = team.get(p);
                c[t][0]++;
                c[t][1] += before.get(p) != null ? 1 : 0;
                c[t][2] += after.get(p) != null ? 1 : 0;
                c[t][3] += before.get(p) != null && after.get(p) != null ? 1 : 0;
            }
            for (int t = 0; t < teams.size(); t++) {
                counts[t] = new ReportData.TeamCounts(c[t][0], staff[t], c[t][1], c[t][2], c[t][3]);
            }
            boolean[] l = new boolean[n];
            boolean[] d = new boolean[n];
            for (int p = 0; p < n; p++) {
                l[p] = linked.get(p);
                d[p] = completed.get(p);
            }
            return new ReportData(teams, n, team.stream().mapToInt(Integer::intValue).toArray(), b, a, counts, choices, texts, l, d);
        }

        ReportCalculator.Result calculate(int scope) {
            return new ReportCalculator(SURVEY, "before", "after", build(), 5, new Random(1)).calculate(scope);
        }
    }

    private static ItemFigures item(GroupReport g, String key) {
        return g.items().stream().filter(i -> i.item().key().equals(key)).findFirst().orElseThrow();
    }

    private static ThemeFigures theme(GroupReport g, String key) {
        return g.themes().stream().filter(t -> t.theme().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void reverseScoredQuestionsAreTurnedRoundBeforeAnyStatistics() {
        // hope-2 is reverse scored: raw 1 → 5, raw 2 → 4. Five people, the same answers.
        GroupReport all = new Data("North").people(0, 5, new int[]{2, 1, 3}, new int[]{4, 2, 3}).calculate(-1).overall();
        ItemFigures reversed = item(all, "hope-2");
        assertThat(reversed.before().stats().mean()).isEqualTo(5.0);
        assertThat(reversed.after().stats().mean()).isEqualTo(4.0);
        assertThat(reversed.change().stats().meanChange()).isEqualTo(-1.0);
        assertThat(reversed.change().shares().lowerByOne()).isEqualTo(100.0);
        // theme score = mean of hope-1 and scored hope-2: before (2 + 5) / 2 = 3.5, after (4 + 4) / 2 = 4
        ThemeFigures hope = theme(all, "hope");
        assertThat(hope.questions()).isEqualTo(2);
        assertThat(hope.before().stats().mean()).isEqualTo(3.5);
        assertThat(hope.after().stats().mean()).isEqualTo(4.0);
        assertThat(hope.change().stats().meanChange()).isEqualTo(0.5);
        assertThat(hope.change().stats().sdChange()).isEqualTo(0.0);
    }

    @Test
    void aThemeScoreUsesOnlyTheQuestionsAnsweredInThatWave() {
        Data data = new Data("North");
        for (int i = 0; i < 5; i++) {
            // before: only hope-1 = 3; after: hope-1 = 3 and hope-2 raw 1 (scored 5)
            data.person(0, new int[]{3, M, 2}, new int[]{3, 1, 2});
        }
        ThemeFigures hope = theme(data.calculate(-1).overall(), "hope");
        assertThat(hope.before().stats().mean()).isEqualTo(3.0);
        assertThat(hope.after().stats().mean()).isEqualTo(4.0);
        assertThat(hope.change().stats().meanChange()).isEqualTo(1.0);
        assertThat(item(data.calculate(-1).overall(), "hope-2").change().hidden()).isEqualTo(Hidden.TOO_FEW);
    }

    @Test
    void beforeAndAfterIncludeEveryoneButChangeOnlyMatchedPeople() {
        Data data = new Data("North")
                .people(0, 5, new int[]{2, 3, 3}, new int[]{4, 3, 3})
                .people(0, 2, new int[]{1, 3, 3}, null)
                .people(0, 1, null, new int[]{5, 3, 3});
        ItemFigures hope1 = item(data.calculate(-1).overall(), "hope-1");
        assertThat(hope1.before().stats().n()).isEqualTo(7);
        assertThat(hope1.before().stats().mean()).isCloseTo(12.0 / 7, within(1e-12));
        assertThat(hope1.after().stats().n()).isEqualTo(6);
        assertThat(hope1.change().stats().pairs()).isEqualTo(5);
        assertThat(hope1.change().stats().meanChange()).isEqualTo(2.0);
        ResponseFigures response = data.calculate(-1).overall().response();
        assertThat(response.respondedBefore().value()).isEqualTo(7);
        assertThat(response.respondedAfter().value()).isEqualTo(6);
        assertThat(response.matched().value()).isEqualTo(5);
        assertThat(response.invited().value()).isEqualTo(8);
        assertThat(response.rateBefore().percent()).isEqualTo(87.5);
    }

    @Test
    void knowledgeQuestionsArePercentCorrectAndNeverPartOfThemes() {
        Data data = new Data("North").people(0, 6, new int[]{3, 3, 3}, new int[]{3, 3, 3})
                .choice(0, false, "Right", 3).choice(0, false, "Wrong", 3)
                .choice(0, true, "Right", 5).choice(0, true, "Wrong", 1);
        GroupReport all = data.calculate(-1).overall();
        ChoiceFigures k = all.choices().getFirst();
        assertThat(k.before().n()).isEqualTo(6);
        assertThat(k.before().percent()).isEqualTo(50.0);
        assertThat(k.after().percent()).isCloseTo(500.0 / 6, within(1e-12));
        assertThat(theme(all, "hope").questions()).isEqualTo(2);
        assertThat(theme(all, "hope").after().stats().mean()).isEqualTo(3.0);
    }

    @Test
    void smallTeamsAreHiddenAndTheNextSmallestToo() {
        Data data = new Data("Alpha", "Bravo", "Charlie")
                .people(0, 8, new int[]{2, 4, 3}, new int[]{4, 2, 4})
                .people(1, 6, new int[]{3, 3, 3}, new int[]{4, 2, 3})
                .people(2, 3, new int[]{1, 5, 1}, new int[]{5, 1, 5});
        ReportCalculator.Result result = data.calculate(-1);
        GroupReport alpha = result.teams().get(0);
        GroupReport bravo = result.teams().get(1);
        GroupReport charlie = result.teams().get(2);
        assertThat(charlie.response().matched().hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(charlie.response().matched().value()).isNull();
        assertThat(bravo.response().matched().hidden()).isEqualTo(Hidden.PROTECTS_SMALL_TEAM);
        assertThat(alpha.response().matched().value()).isEqualTo(8);
        assertThat(charlie.suppressed()).isTrue();
        assertThat(bravo.suppressed()).isTrue();
        assertThat(alpha.suppressed()).isFalse();

        for (String key : List.of("hope-1", "hope-2", "risk-1")) {
            assertThat(item(charlie, key).change().hidden()).isEqualTo(Hidden.TOO_FEW);
            assertThat(item(charlie, key).change().stats()).isNull();
            assertThat(item(charlie, key).before().stats()).isNull();
            assertThat(item(bravo, key).change().hidden()).isEqualTo(Hidden.PROTECTS_SMALL_TEAM);
            assertThat(item(bravo, key).change().stats()).isNull();
            assertThat(item(alpha, key).change().stats().pairs()).isEqualTo(8);
        }
        assertThat(theme(bravo, "risk").suppressed()).isTrue();
        // the programme as a whole (17 people) is shown, including Charlie's answers
        assertThat(item(result.overall(), "hope-1").change().stats().pairs()).isEqualTo(17);
        assertThat(item(result.overall(), "hope-1").change().stats().meanChange())
                .isCloseTo((8 * 2 + 6 * 1 + 3 * 4) / 17.0, within(1e-12));
        // invited counts are a breakdown of their own
        assertThat(charlie.response().invited().hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(bravo.response().invited().hidden()).isEqualTo(Hidden.PROTECTS_SMALL_TEAM);
        assertThat(bravo.response().rateBefore().percent()).isNull();
    }

    @Test
    void aTeamFilterShowsThatTeamExactlyAsInTheBreakdown() {
        Data data = new Data("Alpha", "Bravo", "Charlie")
                .people(0, 8, new int[]{2, 4, 3}, new int[]{4, 2, 4})
                .people(1, 6, new int[]{3, 3, 3}, new int[]{4, 2, 3})
                .people(2, 3, new int[]{1, 5, 1}, new int[]{5, 1, 5});
        ReportCalculator.Result bravo = data.calculate(1);
        assertThat(bravo.overall().team()).isEqualTo("Bravo");
        assertThat(bravo.teams()).extracting(GroupReport::team).containsExactly("Bravo");
        assertThat(item(bravo.overall(), "hope-1").change().hidden()).isEqualTo(Hidden.PROTECTS_SMALL_TEAM);
        ReportCalculator.Result alpha = data.calculate(0);
        assertThat(item(alpha.overall(), "hope-1").change().stats().meanChange()).isEqualTo(2.0);
    }

    @Test
    void writtenAnswersNeedEnoughWritersAndNameOnlyLargeEnoughTeams() {
        Data data = new Data("Alpha", "Bravo", "Charlie").people(0, 5, new int[]{3, 3, 3}, new int[]{3, 3, 3});
        for (int i = 0; i < 6; i++) {
            data.wrote(0, true, "Alpha said " + i);
        }
        data.wrote(1, true, "Bravo said 1").wrote(1, true, "Bravo said 2");
        for (int i = 0; i < 5; i++) {
            data.wrote(2, true, "Charlie said " + i);
        }
        data.wrote(0, false, "Only one before");

        Comments after = data.calculate(-1).comments().stream().filter(c -> c.waveKey().equals("after")).findFirst().orElseThrow();
        assertThat(after.written()).isEqualTo(13);
        assertThat(after.quotes()).hasSize(13);
        // Bravo (2) is too small, so Charlie (5, the next smallest) is not named either: only Alpha is
        assertThat(after.quotes()).filteredOn(q -> q.text().startsWith("Alpha")).allMatch(q -> "Alpha".equals(q.team()));
        assertThat(after.quotes()).filteredOn(q -> !q.text().startsWith("Alpha")).allMatch(q -> q.team() == null);
        assertThat(after.quotes()).extracting(Comments.Quote::text).isNotEqualTo(
                after.quotes().stream().map(Comments.Quote::text).sorted().toList());

        Comments before = data.calculate(-1).comments().stream().filter(c -> c.waveKey().equals("before")).findFirst().orElseThrow();
        assertThat(before.hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(before.quotes()).isEmpty();

        assertThat(data.calculate(0).comments().get(1).quotes()).hasSize(6).allMatch(q -> q.team() == null);
        assertThat(data.calculate(1).comments().get(1).hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(data.calculate(2).comments().get(1).hidden()).isEqualTo(Hidden.PROTECTS_SMALL_TEAM);
        assertThat(data.calculate(2).comments().get(1).quotes()).isEmpty();
    }

    @Test
    void theLearningLinkNeedsBothGroupsToBeLargeEnough() {
        Data data = new Data("Alpha")
                .people(0, 5, new int[]{2, 4, 3}, new int[]{4, 2, 4})     // completed: +2, +2 (scored 2 → 4), +1
                .people(0, 6, new int[]{3, 3, 3}, new int[]{3, 3, 4})     // not completed: 0, 0, +1
                .people(0, 3, new int[]{1, 1, 1}, new int[]{5, 1, 5});    // answered on paper: not linked
        data.trained(0, 5, true).trained(5, 11, false);
        LearningLink link = data.calculate(-1).learningLink();
        assertThat(link.completedPeople().value()).isEqualTo(5);
        assertThat(link.notCompletedPeople().value()).isEqualTo(6);
        LearningLink.Row all = link.rows().getFirst();
        assertThat(all.label()).isEqualTo("All questions");
        // all questions: completed mean of (4,4,4) − mean of (2,2,3) = 4 − 7/3 = 5/3; not completed (3,3,4) − (3,3,3) = 1/3
        assertThat(all.completed().meanChange()).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(all.notCompleted().meanChange()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(all.difference()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(link.shown()).isTrue();

        Data fewer = new Data("Alpha").people(0, 4, new int[]{2, 4, 3}, new int[]{4, 2, 4}).people(0, 6, new int[]{3, 3, 3}, new int[]{3, 3, 4});
        fewer.trained(0, 4, true).trained(4, 10, false);
        LearningLink hidden = fewer.calculate(-1).learningLink();
        assertThat(hidden.shown()).isFalse();
        assertThat(hidden.completedPeople().hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(hidden.rows()).allMatch(r -> r.hidden() == Hidden.TOO_FEW && r.completed() == null && r.notCompleted() == null);
    }
}
