package org.lantern.reports;

import org.junit.jupiter.api.Test;
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
 * The knowledge questions' discrimination in a release: the reference values (scipy) for all teams, never per team,
 * hidden under 20 people, hidden with the question's share correct, and safe against a release with one person more.
 */
class KnowledgeDiscriminationReleaseTest {

    private static final List<String> OPTIONS = List.of("Right", "Wrong", "Also wrong");
    private static final SurveyDefinition SURVEY = new SurveyDefinition("knowledge", "Knowledge", "",
            new SurveyDefinition.Scale(1, 5, List.of("1", "2", "3", "4", "5")),
            List.of(new SurveyDefinition.Theme("hope", "Hope")),
            List.of(new Item("hope-1", "hope", ItemType.LIKERT, "I feel hopeful.", false, List.of(), null),
                    new Item("k1", "hope", ItemType.CHOICE, "First?", false, OPTIONS, "Right"),
                    new Item("k2", "hope", ItemType.CHOICE, "Second?", false, OPTIONS, "Right"),
                    new Item("k3", "hope", ItemType.CHOICE, "Third?", false, OPTIONS, "Right")));
    private static final int K = 5;

    /** A person: team, knowledge answers before and after (null: that survey not answered), first release including them. */
    private record Person(int team, int[] before, int[] after, long release) {
    }

    @Test
    void allTeamsGetTheReferenceValuesAndTeamsNone() {
        ReleaseCalculator.Result result = calculate(reference(0), List.of());
        GroupReport all = result.groups().getFirst();
        for (int c = 0; c < 3; c++) {
            ChoiceFigures figures = all.choices().get(c);
            assertThat(figures.before().hidden()).isNull();
            assertThat(figures.before().discrimination().n()).isEqualTo(23);
            assertThat(figures.before().discrimination().r()).isCloseTo(KnowledgeAnswers.BEFORE[c], within(1e-12));
            assertThat(figures.after().discrimination().n()).isEqualTo(25);
            assertThat(figures.after().discrimination().r()).isCloseTo(KnowledgeAnswers.AFTER[c], within(1e-12));
        }
        for (GroupReport team : result.groups().subList(1, 3)) {
            assertThat(team.choices()).allSatisfy(c -> {
                assertThat(c.before().discrimination()).isNull();
                assertThat(c.after().discrimination()).isNull();
            });
        }
        assertThat(result.shownCells()).contains("discrimination:k1|before|all", "discrimination:k3|after|all");
    }

    @Test
    void underTwentyPeopleItIsHiddenThoughTheShareCorrectIsShown() {
        List<Person> people = reference(0).subList(0, 19);
        ChoiceFigures k1 = calculate(people, List.of()).groups().getFirst().choices().getFirst();
        assertThat(k1.before().hidden()).isNull();
        assertThat(k1.before().discrimination().hidden()).isEqualTo(Hidden.TOO_FEW);
        assertThat(k1.before().discrimination().r()).isNull();
    }

    @Test
    void itIsHiddenWheneverTheQuestionsShareCorrectIs() {
        List<Person> people = new ArrayList<>();
        for (Person p : reference(0)) {
            // everyone answered k2 right after: the share would show each person's answer, and so would a correlation
            people.add(new Person(p.team(), p.before(), p.after() == null ? null : new int[]{p.after()[0], 0, p.after()[2]}, 0));
        }
        ChoiceFigures k2 = calculate(people, List.of()).groups().getFirst().choices().get(1);
        assertThat(k2.after().hidden()).isEqualTo(Hidden.EVERYONE_ALIKE);
        assertThat(k2.after().discrimination().hidden()).isEqualTo(Hidden.EVERYONE_ALIKE);
        assertThat(k2.after().discrimination().r()).isNull();
    }

    @Test
    void aReleaseWithOneMorePersonCannotBeSubtractedFromTheEarlierOne() {
        ReleaseCalculator.Result first = calculate(reference(0), List.of());
        ReleaseCalculator.Earlier earlier = new ReleaseCalculator.Earlier(0, 1, 1, new byte[28], Set.copyOf(first.shownCells()));

        // nine late paper answers to the before survey: each question's share correct changes for at least 5 of them,
        // but only one of them answered every knowledge question, so the discrimination would change for one person
        List<Person> oneMore = new ArrayList<>(reference(1));
        oneMore.addAll(late(1));
        GroupReport second = calculate(oneMore, List.of(earlier)).groups().getFirst();
        for (int c = 0; c < 3; c++) {
            ChoiceFigures figures = second.choices().get(c);
            assertThat(figures.before().hidden()).as("the share correct itself changed for enough people").isNull();
            assertThat(figures.before().discrimination().hidden()).isEqualTo(Hidden.SINCE_EARLIER_RELEASE);
            assertThat(figures.before().discrimination().r()).isNull();
            assertThat(figures.after().discrimination().r()).as("the after survey did not change")
                    .isEqualTo(first.groups().getFirst().choices().get(c).after().discrimination().r());
        }

        // with five more who answered every question, it may change: five people are as many as any figure needs
        List<Person> fiveMore = new ArrayList<>(reference(1));
        fiveMore.addAll(late(5));
        ChoiceFigures k1 = calculate(fiveMore, List.of(earlier)).groups().getFirst().choices().getFirst();
        assertThat(k1.before().discrimination().hidden()).isNull();
        assertThat(k1.before().discrimination().n()).isEqualTo(28);
    }

    /** The 28 people of knowledge-answers.txt, in a release numbered {@code release} (0: not yet released). */
    private static List<Person> reference(long release) {
        return KnowledgeAnswers.rows().stream().map(r -> new Person(r[0], Arrays.copyOfRange(r, 1, 4), Arrays.copyOfRange(r, 4, 7), release))
                .toList();
    }

    /** Nine late before-only answers; the first {@code complete} answered every knowledge question, the rest skipped one each. */
    private static List<Person> late(int complete) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            int[] answers = {i % 2, (i / 2) % 2 == 0 ? 0 : 2, i % 3 == 0 ? 1 : 0};
            if (i >= complete) {
                answers[(i - complete) % 3] = -1;
            }
            people.add(new Person(0, answers, null, 0));
        }
        return people;
    }

    private static ReleaseCalculator.Result calculate(List<Person> people, List<ReleaseCalculator.Earlier> earlier) {
        int n = people.size();
        Programme.Wave before = new Programme.Wave(1, "before", 1, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 25));
        Programme.Wave after = new Programme.Wave(2, "after", 2, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 20));
        Programme programme = new Programme(7, "knowledge", "Knowledge", "knowledge",
                List.of(new Programme.TeamRef(100, "North"), new Programme.TeamRef(101, "South")), List.of(before, after), null);
        List<EvaluationData.WaveData> waves = new ArrayList<>();
        long responseId = 1;
        for (int w = 0; w < 2; w++) {
            long[] response = new long[n];
            long[] release = new long[n];
            int[] imported = new int[n];
            Arrays.fill(imported, -1);
            int[] likert = new int[n];
            Arrays.fill(likert, MISSING);
            int[] choice = new int[n * 3];
            Arrays.fill(choice, -1);
            for (int p = 0; p < n; p++) {
                int[] answers = w == 0 ? people.get(p).before() : people.get(p).after();
                if (answers == null) {
                    continue;
                }
                response[p] = responseId++;
                release[p] = people.get(p).release();
                likert[p] = 1 + (p * 7 + w * 3) % 5;
                System.arraycopy(answers, 0, choice, p * 3, 3);
            }
            waves.add(new EvaluationData.WaveData(w == 0 ? before : after, response, release, imported, likert, choice, List.of()));
        }
        int[] team = people.stream().mapToInt(Person::team).toArray();
        int[] invited = {(int) Arrays.stream(team).filter(t -> t == 0).count(), (int) Arrays.stream(team).filter(t -> t == 1).count()};
        long[] ids = java.util.stream.LongStream.range(1000, 1000 + n).toArray();
        EvaluationData data = new EvaluationData(programme, SURVEY, List.of(SURVEY.items().getFirst()), SURVEY.items().subList(1, 4),
                List.of(), ids, team, waves, invited, List.of());
        return new ReleaseCalculator(data, 0, 1, new byte[n], earlier, K, Set.of(), new Random(1)).calculate();
    }
}
