package org.lantern.training;

import org.junit.jupiter.api.Test;
import org.lantern.training.TrainingModule.Option;
import org.lantern.training.TrainingModule.Question;
import org.lantern.training.TrainingModule.QuestionType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CheckDrawTest {

    /** A bank of 12 questions with 4 options each, the correct one always authored first, and one true-false question. */
    private static TrainingModule bank(int draw) {
        List<Question> questions = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            questions.add(new Question("q" + i, QuestionType.SINGLE, "Question " + i, List.of(new Option("right", true, "."),
                    new Option("wrong a", false, "."), new Option("wrong b", false, "."), new Option("wrong c", false, "."))));
        }
        questions.add(new Question("tf", QuestionType.TRUE_FALSE, "True or false", List.of(new Option("True", false, "."),
                new Option("False", true, "."))));
        return new TrainingModule("m", "01-m", "M", "S", 1, 10, 80, List.of(), List.of("o"), List.of(),
                new TrainingModule.KnowledgeCheck("Check", draw, questions));
    }

    @Test
    void aDrawIsASubsetOfTheRequestedSizeWithoutRepeats() {
        TrainingModule module = bank(8);
        Set<String> bankKeys = new HashSet<>(module.check().questions().stream().map(Question::key).toList());
        for (long seed = 0; seed < 50; seed++) {
            List<String> keys = CheckDraw.draw(module, seed).questions().stream().map(CheckDraw.Asked::key).toList();
            assertThat(keys).hasSize(8).doesNotHaveDuplicates();
            assertThat(bankKeys).containsAll(keys);
        }
    }

    @Test
    void theDrawSizeIsCappedByTheBankAndDefaultsToAllOfIt() {
        assertThat(bank(40).check().draw()).isEqualTo(12);
        TrainingModule.KnowledgeCheck all = new TrainingModule.KnowledgeCheck("Check", bank(1).check().questions());
        assertThat(all.draw()).isEqualTo(12);
    }

    @Test
    void theSameSeedGivesTheSameDrawAndOtherSeedsVaryTheQuestionsAndTheirOrder() {
        TrainingModule module = bank(8);
        assertThat(CheckDraw.draw(module, 7)).isEqualTo(CheckDraw.draw(module, 7));
        Set<List<String>> orders = new HashSet<>();
        Set<Set<String>> sets = new HashSet<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            List<String> keys = CheckDraw.draw(module, CheckDraw.seed(42, "m", attempt)).questions().stream()
                    .map(CheckDraw.Asked::key).toList();
            orders.add(keys);
            sets.add(new HashSet<>(keys));
        }
        assertThat(orders).as("ten attempts, ten orders").hasSize(10);
        assertThat(sets).as("attempts ask different questions").hasSizeGreaterThan(1);
        assertThat(CheckDraw.seed(42, "m", 0)).isNotEqualTo(CheckDraw.seed(43, "m", 0)).isNotEqualTo(CheckDraw.seed(42, "n", 0));
    }

    @Test
    void optionsAreShuffledSoThePositionDoesNotGiveTheAnswerAway() {
        TrainingModule module = bank(11);
        int[] rightAt = new int[4];
        for (long seed = 0; seed < 40; seed++) {
            for (CheckDraw.Asked asked : CheckDraw.draw(module, seed).questions()) {
                assertThat(asked.optionOrder()).containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, asked.question().options().size()).boxed().toList());
                if (asked.question().type() == QuestionType.TRUE_FALSE) {
                    assertThat(asked.optionOrder()).as("True stays before False").containsExactly(0, 1);
                } else {
                    rightAt[asked.optionOrder().indexOf(0)]++;
                }
            }
        }
        // the right answer is authored first every time; shown, it lands in every position, none most of the time
        int total = IntStream.of(rightAt).sum();
        assertThat(IntStream.of(rightAt).boxed().toList()).allSatisfy(n -> assertThat(n).isBetween(total / 8, total / 2));
    }
}
