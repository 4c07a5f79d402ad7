package org.lantern.reports;

import org.junit.jupiter.api.Test;
import org.lantern.reports.stats.PairedComparison;
import org.lantern.reports.stats.PairedStatistics;
import org.lantern.surveys.EvaluationData;
import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.SurveyDefinition.Item;
import org.lantern.surveys.SurveyDefinition.ItemType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lantern.surveys.EvaluationData.MISSING;

/**
 * The release calculator on hand-made answers: populations, reverse scoring, theme scores, knowledge
 * questions, what people wrote, the learning link, and the disclosure rules as a reader meets them.
 */
class ReleaseCalculatorTest {

    static final SurveyDefinition SURVEY = new SurveyDefinition("test", "Test survey", "",
            new SurveyDefinition.Scale(1, 5, List.of("1", "2", "3", "4", "5")),
            List.of(new SurveyDefinition.Theme("hope", "Hope"), new SurveyDefinition.Theme("risk", "Risk")),
            List.of(new Item("hope-1", "hope", ItemType.LIKERT, "I feel hopeful.", false, List.of(), null),
                    new Item("hope-2", "hope", ItemType.LIKERT, "I feel hopeless.", true, List.of(), null),
                    new Item("risk-1", "risk", ItemType.LIKERT, "I talk about risk.", false, List.of(), null),
                    new Item("hope-k1", "hope", ItemType.CHOICE, "What is hope?", false, List.of("Right", "Wrong"), "Right"),
                    new Item("comments", "", ItemType.TEXT, "Anything else?", false, List.of(), null)));
    static final int M = MISSING;
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    /** Hand-made answers for a few teams. */
    static final class Data {
        final List<String> teams;
        final List<Integer> team = new ArrayList<>();
        final List<int[]> before = new ArrayList<>();
        final List<int[]> after = new ArrayList<>();
        final List<Integer> group = new ArrayList<>();
        final List<int[]> choice = new ArrayList<>();
        final List<String[]> wrote = new ArrayList<>();
        final int[] invited;

        Data(String... teams) {
            this.teams = List.of(teams);
            this.invited = new int[teams.length];
        }

        /** A person's raw answers to hope-1, hope-2 (reverse scored) and risk-1; null for a wave not answered. */
        Data person(int team, int[] before, int[] after) {
            this.team.add(team);
            this.before.add(before);
            this.after.add(after);
            group.add(0);
            choice.add(new int[]{-1, -1});
            wrote.add(new String[2]);
            return this;
        }

        /**
         * {@code count} people in a team, with answers around the given ones that vary from person to
         * person, and change by different amounts, so that no question is answered alike by everyone.
         */
        Data people(int team, int count, int[] before, int[] after) {
            for (int i = 0; i < count; i++) {
                int[] b = vary(before, new int[]{i % 2, (i / 2) % 2, i % 3 == 0 ? 1 : 0});
                int[] a = vary(after, new int[]{(i / 2) % 2, i % 2, i % 3 == 1 ? 1 : 0});
                person(team, b, a);
            }
            return this;
        }

        private static int[] vary(int[] answers, int[] by) {
            if (answers == null) {
                return null;
            }
            int[] v = answers.clone();
            for (int j = 0; j < v.length; j++) {
                if (v[j] != M) {
                    v[j] = v[j] + by[j] > 5 ? v[j] - by[j] : v[j] + by[j];
                }
            }
            return v;
        }

        Data trained(int from, int to, boolean done) {
            for (int p = from; p < to; p++) {
                group.set(p, done ? 2 : 1);
            }
            return this;
        }

        /** The last {@code count} people's knowledge answers (0 = Right, 1 = Wrong) in a wave. */
        Data chose(int person, boolean after, int option) {
            choice.get(person)[after ? 1 : 0] = option;
            return this;
        }

        Data wrote(int person, boolean after, String text) {
            wrote.get(person)[after ? 1 : 0] = text;
            return this;
        }

        EvaluationData build() {
            int n = team.size();
            List<Programme.TeamRef> refs = new ArrayList<>();
            for (int t = 0; t < teams.size(); t++) {
                refs.add(new Programme.TeamRef(100 + t, teams.get(t)));
            }
            Programme.Wave b = new Programme.Wave(1, "before", 1, START, START.plusDays(20));
            Programme.Wave a = new Programme.Wave(2, "after", 2, START.plusDays(150), START.plusDays(170));
            Programme programme = new Programme(7, "test", "Test", "test", refs, List.of(b, a), null);
            List<Item> likert = SURVEY.items().stream().filter(i -> i.type() == ItemType.LIKERT).toList();
            List<Item> choices = SURVEY.items().stream().filter(i -> i.type() == ItemType.CHOICE).toList();
            List<Item> texts = SURVEY.items().stream().filter(i -> i.type() == ItemType.TEXT).toList();
            long[] ids = new long[n];
            for (int p = 0; p < n; p++) {
                ids[p] = 1000 + p;
            }
            List<EvaluationData.WaveData> waves = new ArrayList<>();
            long responseId = 1;
            for (int w = 0; w < 2; w++) {
                long[] response = new long[n];
                int[] imported = new int[n];
                Arrays.fill(imported, -1);
                int[] l = new int[n * 3];
                Arrays.fill(l, M);
                int[] c = new int[n];
                Arrays.fill(c, -1);
                List<EvaluationData.Written> written = new ArrayList<>();
                for (int p = 0; p < n; p++) {
                    int[] answers = w == 0 ? before.get(p) : after.get(p);
                    if (answers == null) {
                        continue;
                    }
                    response[p] = responseId++;
                    System.arraycopy(answers, 0, l, p * 3, 3);
                    c[p] = choice.get(p)[w];
                    if (wrote.get(p)[w] != null) {
                        written.add(new EvaluationData.Written(p, 0, wrote.get(p)[w]));
                    }
                }
                waves.add(new EvaluationData.WaveData(w == 0 ? b : a, response, new long[n], imported, l, c, written));
            }
            int[] inv = invited.clone();
            for (int p = 0; p < n; p++) {
                inv[team.get(p)] = Math.max(inv[team.get(p)], (int) team.stream().filter(t -> t.equals(team.get(0))).count());
            }
            int[] counts = new int[teams.size()];
            team.forEach(t -> counts[t]++);
            return new EvaluationData(programme, SURVEY, likert, choices, texts, ids, team.stream().mapToInt(Integer::intValue).toArray(),
                    waves, counts, List.of());
        }

        ReleaseCalculator.Result calculate() {
            byte[] groups = new byte[team.size()];
            for (int p = 0; p < groups.length; p++) {
                groups[p] = group.get(p).byteValue();
            }
            return new ReleaseCalculator(build(), 0, 1, groups, List.of(), 5, Set.of(), new Random(1)).calculate();
        }
    }

    static ItemFigures item(GroupReport g, String key) {
        return g.items().stream().filter(i -> i.item().key().equals(key)).findFirst().orElseThrow();
    }

    static ThemeFigures theme(GroupReport g, String key) {
        return g.themes().stream().filter(t -> t.theme().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void reverseScoredQuestionsAreTurnedRoundBeforeAnyStatistic() {
        int[][] before = {{2, 1, 3}, {3, 2, 2}, {1, 4, 3}, {4, 2, 5}, {2, 3, 1}, {5, 1, 4}, {3, 3, 2}};
        int[][] after = {{4, 2, 4}, {3, 1, 3}, {2, 2, 3}, {5, 2, 4}, {3, 2, 2}, {5, 1, 5}, {4, 4, 2}};
        Data data = new Data("North");
        for (int p = 0; p < before.length; p++) {
            data.person(0, before[p], after[p]);
        }
        ItemFigures hope2 = item(data.calculate().groups().getFirst(), "hope-2");
        double[] b = Arrays.stream(before).mapToDouble(x -> 6 - x[1]).toArray();
        double[] a = Arrays.stream(after).mapToDouble(x -> 6 - x[1]).toArray();
        double[] d = new double[7];
        for (int p = 0; p < 7; p++) {
            d[p] = a[p] - b[p];
        }
        assertThat(hope2.before().stats()).isEqualTo(PairedStatistics.describe(b));
        assertThat(hope2.change().stats()).isEqualTo(PairedStatistics.compare(b, a, d, 7));
    }

    @Test
    void aGroupThatAnsweredAQuestionAlikeIsHiddenWithItsTheme() {
        // seven people who all answered hope-2 the same before: each person's answer would show
        Data data = new Data("North");
        int[][] before = {{2, 2, 3}, {3, 2, 2}, {1, 2, 3}, {4, 2, 5}, {2, 2, 1}, {5, 2, 4}, {3, 2, 2}};
        int[][] after = {{4, 2, 4}, {3, 1, 3}, {2, 2, 3}, {5, 2, 4}, {3, 2, 2}, {5, 1, 5}, {4, 4, 2}};
        for (int p = 0; p < before.length; p++) {
            data.person(0, before[p], after[p]);
        }
        GroupReport all = data.calculate().groups().getFirst();
        assertThat(item(all, "hope-2").before().hidden()).isEqualTo(Hidden.EVERYONE_ALIKE);
        assertThat(item(all, "hope-1").before().hidden()).as("the theme's figures for that group go together")
                .isEqualTo(Hidden.EVERYONE_ALIKE);
        assertThat(theme(all, "hope").before().hidden()).isEqualTo(Hidden.EVERYONE_ALIKE);
        assertThat(theme(all, "hope").after().stats().n()).isEqualTo(7);
        assertThat(theme(all, "risk").before().stats().n()).isEqualTo(7);
    }

    @Test
    void shownFiguresAreExactlyThePairedStatisticsOfTheirPeople() {
        Data data = new Data("North");
        int[][] before = {{2, 1, 3}, {3, 2, 2}, {1, 4, 3}, {4, 2, 5}, {2, 3, 1}, {5, 1, 4}, {3, 3, 2}};
        int[][] after = {{4, 2, 4}, {3, 1, 3}, {2, 2, 3}, {5, 2, 4}, {3, 2, 2}, {5, 1, 5}, {4, 4, 2}};
        for (int p = 0; p < before.length; p++) {
            data.person(0, before[p], after[p]);
        }
        GroupReport all = data.calculate().groups().getFirst();
        double[] b = new double[7];
        double[] a = new double[7];
        double[] d = new double[7];
        for (int p = 0; p < 7; p++) {
            // hope theme: mean of hope-1 and scored hope-2 (6 − raw)
            b[p] = (before[p][0] + 6 - before[p][1]) / 2.0;
            a[p] = (after[p][0] + 6 - after[p][1]) / 2.0;
            d[p] = ((after[p][0] + 6 - after[p][1]) - (before[p][0] + 6 - before[p][1])) / 2.0;
        }
        PairedComparison expected = PairedStatistics.compare(b, a, d, 7);
        ThemeFigures hope = theme(all, "hope");
        assertThat(hope.change().stats()).isEqualTo(expected);
        assertThat(hope.before().stats()).isEqualTo(PairedStatistics.describe(b));
        assertThat(hope.questions()).isEqualTo(2);
    }

    @Test
    void aThemeUsesOnlyPeopleWhoAnsweredAllItsQuestions() {
        Data data = new Data("North")
                .people(0, 6, new int[]{2, 2, 3}, new int[]{4, 2, 4})
                .people(0, 6, new int[]{3, M, 2}, new int[]{4, 1, 3});  // skipped hope-2 before
        data.person(0, new int[]{1, 5, 1}, new int[]{2, 4, 2});
        GroupReport all = data.calculate().groups().getFirst();
        // hope: the six who skipped hope-2 before are left out of the before figures and the change, for hope-1 too
        assertThat(theme(all, "hope").before().stats().n()).isEqualTo(7);
        assertThat(item(all, "hope-1").before().stats().n()).isEqualTo(7);
        assertThat(theme(all, "hope").after().stats().n()).isEqualTo(13);
        assertThat(theme(all, "hope").change().stats().pairs()).isEqualTo(7);
        // risk: everybody
        assertThat(theme(all, "risk").before().stats().n()).isEqualTo(13);
        assertThat(theme(all, "risk").change().stats().pairs()).isEqualTo(13);
    }

    @Test
    void peopleWhoAnsweredOnlyOneSurveyAreNotLeftBetweenEveryoneAndThePairs() {
        // 8 answered both, 2 only before: before(everyone) − before(pairs) would be those 2 people
        Data data = new Data("North")
                .people(0, 8, new int[]{2, 2, 3}, new int[]{4, 3, 4})
                .people(0, 2, new int[]{1, 4, 2}, null);
        GroupReport all = data.calculate().groups().getFirst();
        assertThat(theme(all, "hope").before().hidden()).isEqualTo(Hidden.PROTECTS_OTHERS);
        assertThat(item(all, "hope-1").before().hidden()).isEqualTo(Hidden.PROTECTS_OTHERS);
        assertThat(theme(all, "hope").change().stats().pairs()).isEqualTo(8);
        assertThat(theme(all, "hope").after().stats().n()).isEqualTo(8);
        // how many answered is not an answer: the counts stay
        assertThat(all.response().respondedBefore().value()).isEqualTo(10);
        assertThat(all.response().matched().value()).isEqualTo(8);

        Data enough = new Data("North")
                .people(0, 8, new int[]{2, 2, 3}, new int[]{4, 3, 4})
                .people(0, 5, new int[]{1, 4, 2}, null);
        GroupReport shown = enough.calculate().groups().getFirst();
        assertThat(theme(shown, "hope").before().stats().n()).isEqualTo(13);
        assertThat(theme(shown, "hope").change().stats().pairs()).isEqualTo(8);
    }

    @Test
    void smallTeamsAreHiddenAndCannotBeWorkedOutFromTheTotal() {
        Data data = new Data("Alpha", "Bravo", "Charlie")
                .people(0, 8, new int[]{2, 4, 3}, new int[]{4, 2, 4})
                .people(1, 6, new int[]{3, 3, 2}, new int[]{4, 2, 3})
                .people(2, 3, new int[]{1, 5, 1}, new int[]{5, 1, 5});
        ReleaseCalculator.Result result = data.calculate();
        GroupReport alpha = result.groups().get(1);
        GroupReport bravo = result.groups().get(2);
        GroupReport charlie = result.groups().get(3);
        assertThat(charlie.response().matched().hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(bravo.response().matched().hidden()).isEqualTo(Hidden.PROTECTS_OTHERS);
        assertThat(alpha.response().matched().value()).isEqualTo(8);
        for (String key : List.of("hope", "risk")) {
            assertThat(theme(charlie, key).change().hidden()).isEqualTo(Hidden.TOO_FEW);
            assertThat(theme(bravo, key).change().hidden()).isEqualTo(Hidden.PROTECTS_OTHERS);
            assertThat(theme(alpha, key).change().stats().pairs()).isEqualTo(8);
        }
        // the programme as a whole (17 people) is shown, Charlie's answers included
        assertThat(theme(result.groups().getFirst(), "risk").change().stats().pairs()).isEqualTo(17);
    }

    @Test
    void anEmptyTeamHidesNothing() {
        Data data = new Data("Alpha", "Bravo", "Charlie", "Delta")
                .people(0, 20, new int[]{2, 4, 3}, new int[]{4, 2, 4})
                .people(1, 15, new int[]{3, 3, 2}, new int[]{4, 2, 3})
                .people(2, 1, new int[]{1, 5, 1}, new int[]{5, 1, 5});
        ReleaseCalculator.Result result = data.calculate();
        assertThat(theme(result.groups().get(3), "risk").change().hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(theme(result.groups().get(2), "risk").change().hidden())
                .as("with Delta empty, Bravo must go, or total − Alpha − Bravo = Charlie").isEqualTo(Hidden.PROTECTS_OTHERS);
        assertThat(theme(result.groups().get(4), "risk").change().stats().pairs()).isZero();
        assertThat(theme(result.groups().get(1), "risk").change().stats().pairs()).isEqualTo(20);
    }

    @Test
    void knowledgeQuestionsArePercentCorrectAndHiddenWhenEveryoneGotTheSameResult() {
        Data data = new Data("North").people(0, 6, new int[]{3, 3, 3}, new int[]{3, 2, 4});
        for (int p = 0; p < 6; p++) {
            data.chose(p, false, p % 2).chose(p, true, 0);
        }
        GroupReport all = data.calculate().groups().getFirst();
        ChoiceFigures k = all.choices().getFirst();
        assertThat(k.before().n()).isEqualTo(6);
        assertThat(k.before().percent()).isEqualTo(50.0);
        assertThat(k.after().hidden()).as("all six right after").isEqualTo(Hidden.EVERYONE_ALIKE);
        assertThat(theme(all, "hope").questions()).isEqualTo(2);
    }

    @Test
    void writtenAnswersNeedEnoughWritersAndNameOnlyTeamsThatCouldBeShownAlone() {
        Data data = new Data("Alpha", "Bravo", "Charlie")
                .people(0, 6, new int[]{3, 3, 3}, new int[]{4, 3, 2})
                .people(1, 2, new int[]{3, 3, 3}, new int[]{4, 3, 2})
                .people(2, 5, new int[]{3, 3, 3}, new int[]{4, 3, 2});
        for (int p = 0; p < 13; p++) {
            data.wrote(p, true, "Said " + p);
        }
        data.wrote(0, false, "Only one before");
        ReleaseCalculator.Result result = data.calculate();
        Comments after = result.comments().getFirst().get(1);
        assertThat(after.written()).isEqualTo(13);
        assertThat(after.quotes()).hasSize(13);
        // Bravo (2) is too small, so Charlie must not be named either: only Alpha is
        assertThat(after.quotes()).filteredOn(q -> q.team() != null).extracting(Comments.Quote::team).containsOnly("Alpha");
        assertThat(after.quotes()).filteredOn(q -> "Alpha".equals(q.team())).hasSize(6);
        Comments before = result.comments().getFirst().getFirst();
        assertThat(before.hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(before.quotes()).isEmpty();
        assertThat(result.comments().get(2).get(1).hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(result.comments().get(3).get(1).hidden()).isEqualTo(Hidden.PROTECTS_OTHERS);
    }

    @Test
    void theLearningLinkComparesTrainedAndUntrainedPairs() {
        Data data = new Data("Alpha")
                .people(0, 6, new int[]{2, 4, 3}, new int[]{4, 2, 4})
                .people(0, 7, new int[]{3, 3, 3}, new int[]{3, 3, 4})
                .people(0, 5, new int[]{1, 1, 1}, new int[]{5, 1, 5});
        data.trained(0, 6, true).trained(6, 13, false);
        LearningLink link = data.calculate().learning().getFirst();
        assertThat(link.completedPeople().value()).isEqualTo(6);
        assertThat(link.notCompletedPeople().value()).isEqualTo(7);
        LearningLink.Row all = link.rows().getFirst();
        assertThat(all.label()).isEqualTo("All questions");
        assertThat(all.completed().pairs()).isEqualTo(6);
        assertThat(all.difference()).isCloseTo(all.completed().meanChange() - all.notCompleted().meanChange(), within(1e-12));

        Data fewer = new Data("Alpha").people(0, 4, new int[]{2, 4, 3}, new int[]{4, 2, 4})
                .people(0, 9, new int[]{3, 3, 3}, new int[]{3, 3, 4});
        fewer.trained(0, 4, true).trained(4, 13, false);
        LearningLink hidden = fewer.calculate().learning().getFirst();
        assertThat(hidden.shown()).isFalse();
        assertThat(hidden.completedPeople().hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(hidden.notCompletedPeople().hidden()).as("shown or hidden together").isNotNull();
    }
}
