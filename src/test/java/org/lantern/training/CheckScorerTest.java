package org.lantern.training;

import org.junit.jupiter.api.Test;
import org.lantern.training.TrainingModule.Option;
import org.lantern.training.TrainingModule.Question;
import org.lantern.training.TrainingModule.QuestionType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CheckScorerTest {

    private static TrainingModule moduleWith(int singleQuestions) {
        List<Question> questions = new ArrayList<>();
        questions.add(new Question("multi", QuestionType.MULTIPLE, "Pick two", List.of(
                new Option("a", true, "."), new Option("b", false, "."), new Option("c", true, "."))));
        for (int i = 1; i <= singleQuestions; i++) {
            questions.add(new Question("q" + i, QuestionType.SINGLE, "?", List.of(new Option("x", false, "."), new Option("y", true, "."))));
        }
        return new TrainingModule("m", "01-m", "M", "S", 1, 10, 80, List.of(), List.of("o"), List.of(),
                new TrainingModule.KnowledgeCheck("Check", questions));
    }

    private static Map<String, Set<Integer>> allRight(int singles) {
        Map<String, Set<Integer>> answers = new HashMap<>();
        answers.put("multi", Set.of(0, 2));
        for (int i = 1; i <= singles; i++) {
            answers.put("q" + i, Set.of(1));
        }
        return answers;
    }

    private static CheckResult score(TrainingModule module, Map<String, Set<Integer>> answers) {
        return CheckScorer.score(module, module.check().questions(), answers, Instant.EPOCH);
    }

    @Test
    void onlyTheQuestionsAskedCount() {
        TrainingModule module = moduleWith(4);
        List<Question> asked = module.check().questions().subList(0, 2);
        CheckResult r = CheckScorer.score(module, asked, Map.of("multi", Set.of(0, 2), "q1", Set.of(0)), Instant.EPOCH);
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.correct()).isEqualTo(1);
        assertThat(r.score()).isEqualTo(50);
        assertThat(CheckScorer.score(module, asked, allRight(4), Instant.EPOCH).score())
                .as("right answers to questions not asked add nothing").isEqualTo(100);
    }

    @Test
    void allRightScoresFullMarks() {
        CheckResult r = score(moduleWith(4), allRight(4));
        assertThat(r.score()).isEqualTo(100);
        assertThat(r.passed()).isTrue();
        assertThat(r.correct()).isEqualTo(5);
    }

    @Test
    void multipleAnswerQuestionsNeedExactlyTheRightSet() {
        Map<String, Set<Integer>> answers = allRight(4);
        answers.put("multi", Set.of(0));
        assertThat(score(moduleWith(4), answers).isCorrect("multi")).isFalse();
        answers.put("multi", Set.of(0, 1, 2));
        assertThat(score(moduleWith(4), answers).isCorrect("multi")).isFalse();
    }

    @Test
    void thePassMarkIsInclusive() {
        Map<String, Set<Integer>> answers = allRight(4);
        answers.put("q1", Set.of(0));   // 4 of 5 = 80%
        CheckResult r = score(moduleWith(4), answers);
        assertThat(r.score()).isEqualTo(80);
        assertThat(r.passed()).isTrue();
        answers.put("q2", Set.of(0));   // 3 of 5 = 60%
        assertThat(score(moduleWith(4), answers).passed()).isFalse();
    }

    @Test
    void unansweredQuestionsCountAsWrong() {
        CheckResult r = score(moduleWith(6), Map.of("multi", Set.of(0, 2)));
        assertThat(r.correct()).isEqualTo(1);
        assertThat(r.score()).isEqualTo(14);
    }
}
