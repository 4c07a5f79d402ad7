package org.lantern.training;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Item analysis against reference values: {@code src/test/resources/training/check_item_reference.py} computes
 * them from {@code check-attempts.txt} with numpy and {@code scipy.stats.pointbiserialr} (numpy 2.4, scipy 1.17).
 */
class CheckItemAnalysisTest {

    private static final TrainingModule MODULE = module(List.of(
            question("q1", 3, 1), question("q2", 4, 0), question("q3", 2, 1), question("q4", 4, 0, 2), question("q5", 3, 2)), 4);

    @Test
    void difficultyDiscriminationAndOptionSharesEqualScipy() throws IOException {
        CheckQuestionFigures figures = CheckItemAnalysis.analyse(MODULE, referenceAttempts());
        assertThat(figures.people()).isEqualTo(24);
        Map<String, CheckQuestionFigures.Question> byKey = figures.questions().stream()
                .collect(Collectors.toMap(CheckQuestionFigures.Question::key, q -> q));

        expect(byKey.get("q1"), 18, 1.0, null, 0.0, 1.0, 0.0);
        expect(byKey.get("q2"), 18, 0.4444444444444444, -0.08154100913168023,
                0.4444444444444444, 0.16666666666666666, 0.2222222222222222, 0.16666666666666666);
        expect(byKey.get("q3"), 22, 0.22727272727272727, 0.1014974742307461, 0.7727272727272727, 0.22727272727272727);
        expect(byKey.get("q4"), 18, 0.05555555555555555, 0.4765879875934977,
                0.6111111111111112, 0.4444444444444444, 0.4444444444444444, 0.4444444444444444);
        expect(byKey.get("q5"), 20, 0.7, -0.5647254349883536, 0.15, 0.15, 0.7);
    }

    @Test
    void flagsSayInPlainWordsWhatToLookAt() throws IOException {
        Map<String, List<QuestionFlag>> flags = CheckItemAnalysis.analyse(MODULE, referenceAttempts()).questions().stream()
                .collect(Collectors.toMap(CheckQuestionFigures.Question::key, CheckQuestionFigures.Question::flags));
        assertThat(flags.get("q1")).containsExactly(QuestionFlag.ALMOST_ALL_RIGHT);
        assertThat(flags.get("q2")).containsExactly(QuestionFlag.GOOD_PERFORMERS_WRONG);
        assertThat(flags.get("q3")).containsExactly(QuestionFlag.FEW_RIGHT, QuestionFlag.DOES_NOT_SEPARATE);
        assertThat(flags.get("q4")).containsExactly(QuestionFlag.FEW_RIGHT);
        assertThat(flags.get("q5")).containsExactly(QuestionFlag.GOOD_PERFORMERS_WRONG);
        assertThat(QuestionFlag.GOOD_PERFORMERS_WRONG.label())
                .isEqualTo("People who do well overall tend to get this wrong (discrimination below 0)");
    }

    @Test
    void aQuestionsFiguresAppearOnlyOnceTenPeopleWereAskedIt() {
        List<Map<String, Set<Integer>>> nine = new ArrayList<>();
        for (int p = 0; p < 9; p++) {
            // half right, and the right ones do better on the other question: figures would exist if shown
            nine.add(Map.of("q1", Set.of(p % 2 == 0 ? 1 : 0), "q2", Set.of(p % 2 == 0 ? 0 : 3)));
        }
        TrainingModule two = module(List.of(question("q1", 3, 1), question("q2", 4, 0)), 2);
        CheckQuestionFigures.Question hidden = CheckItemAnalysis.analyse(two, nine).questions().getFirst();
        assertThat(hidden.drawnBy()).isEqualTo(9);
        assertThat(hidden.shown()).isFalse();
        assertThat(hidden.proportionCorrect()).isNull();
        assertThat(hidden.discrimination()).isNull();
        assertThat(hidden.options()).allSatisfy(o -> assertThat(o.share()).isNull());
        assertThat(hidden.flags()).isEmpty();
        assertThat(hidden.note()).contains("once 10 different people");

        List<Map<String, Set<Integer>>> ten = new ArrayList<>(nine);
        ten.add(Map.of("q1", Set.of(2), "q2", Set.of(1)));
        CheckQuestionFigures.Question shown = CheckItemAnalysis.analyse(two, ten).questions().getFirst();
        assertThat(shown.shown()).isTrue();
        assertThat(shown.proportionCorrect()).isEqualTo(0.5);
        assertThat(shown.discrimination()).isCloseTo(1.0, within(1e-12));
        assertThat(shown.options()).extracting(CheckQuestionFigures.OptionShare::share).containsExactly(0.4, 0.5, 0.1);
    }

    @Test
    void answersCountByTheAuthoredOptionWhateverOrderTheyWereShownIn() {
        TrainingModule module = module(List.of(question("q1", 4, 2), question("q2", 3, 0)), 2);
        List<Map<String, Set<Integer>>> attempts = new ArrayList<>();
        for (long seed = 0; attempts.size() < 12; seed++) {
            CheckDraw draw = CheckDraw.draw(module, seed);
            List<Integer> shown = draw.questions().getFirst().optionOrder();
            // everyone picks the first option on screen; only shuffles that put the right option first get it right
            Map<String, Set<Integer>> answers = new LinkedHashMap<>();
            draw.questions().forEach(a -> answers.put(a.key(), Set.of(a.optionOrder().getFirst())));
            attempts.add(answers);
            assertThat(shown).hasSize(4);
        }
        int[] firstShown = new int[4];
        attempts.forEach(a -> a.get("q1").forEach(i -> firstShown[i]++));
        CheckQuestionFigures.Question q1 = CheckItemAnalysis.analyse(module, attempts).questions().getFirst();
        assertThat(q1.options()).extracting(CheckQuestionFigures.OptionShare::share)
                .containsExactly(IntStream.of(firstShown).mapToObj(n -> n / 12.0).toArray(Double[]::new));
        assertThat(q1.proportionCorrect()).isEqualTo(firstShown[2] / 12.0);
        assertThat(q1.options().get(2).correct()).isTrue();
    }

    private static void expect(CheckQuestionFigures.Question q, int drawnBy, double difficulty, Double discrimination,
                               double... shares) {
        assertThat(q.drawnBy()).isEqualTo(drawnBy);
        assertThat(q.proportionCorrect()).isCloseTo(difficulty, within(1e-12));
        if (discrimination == null) {
            assertThat(q.discrimination()).isNull();
        } else {
            assertThat(q.discrimination()).isCloseTo(discrimination, within(1e-12));
        }
        assertThat(q.options()).hasSize(shares.length);
        for (int i = 0; i < shares.length; i++) {
            assertThat(q.options().get(i).share()).isCloseTo(shares[i], within(1e-12));
        }
    }

    private static List<Map<String, Set<Integer>>> referenceAttempts() throws IOException {
        try (InputStream in = CheckItemAnalysisTest.class.getResourceAsStream("/training/check-attempts.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("right ")).toList();
            List<Map<String, Set<Integer>>> attempts = new ArrayList<>();
            for (String line : lines) {
                Map<String, Set<Integer>> attempt = new LinkedHashMap<>();
                for (String part : line.split(" ")) {
                    String[] kv = part.split("=");
                    attempt.put(kv[0], Arrays.stream(kv[1].split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new)));
                }
                attempts.add(attempt);
            }
            return attempts;
        }
    }

    private static TrainingModule.Question question(String key, int options, Integer... right) {
        Set<Integer> correct = Set.of(right);
        List<TrainingModule.Option> list = IntStream.range(0, options)
                .mapToObj(i -> new TrainingModule.Option(key + " option " + i, correct.contains(i), "")).toList();
        return new TrainingModule.Question(key, right.length > 1 ? TrainingModule.QuestionType.MULTIPLE
                : TrainingModule.QuestionType.SINGLE, "Question " + key, list);
    }

    private static TrainingModule module(List<TrainingModule.Question> questions, int draw) {
        return new TrainingModule("item-analysis", "item-analysis", "Item analysis", "", 1, 10, 80, List.of(), List.of(),
                Collections.emptyList(), new TrainingModule.KnowledgeCheck("Check", draw, questions));
    }
}
