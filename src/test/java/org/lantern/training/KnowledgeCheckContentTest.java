package org.lantern.training;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblems;
import org.lantern.training.TrainingModule.KnowledgeCheck;
import org.lantern.training.TrainingModule.Option;
import org.lantern.training.TrainingModule.Question;
import org.lantern.training.TrainingModule.QuestionType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editorial rules for the shipped question banks, so a check tests judgement rather than guessing:
 * enough questions to draw from, the right answer not given away by being the longest option, and
 * right answers spread over the positions (the app shuffles options, but a bank should not rely
 * on that, and print-outs show the authored order).
 */
class KnowledgeCheckContentTest {

    static final int MIN_BANK = 10;
    static final double MAX_LONGEST_RIGHT = 0.5;
    static final double MAX_ONE_POSITION = 0.6;

    private static List<TrainingModule> modules;

    @BeforeAll
    static void load() {
        ModuleCatalogue catalogue = new ModuleCatalogue();
        ContentProblems problems = new ContentProblems();
        catalogue.load(ContentFiles.fromFolder(Path.of("content")), problems);
        assertThat(problems.list()).isEmpty();
        modules = catalogue.modules();
    }

    /** Share of single-choice questions whose right answer is longer than every other option. */
    static double longestIsRightShare(KnowledgeCheck check) {
        List<Question> singles = check.questions().stream().filter(q -> q.type() == QuestionType.SINGLE).toList();
        if (singles.isEmpty()) {
            return 0;
        }
        long longest = singles.stream().filter(q -> {
            int right = q.options().stream().filter(Option::correct).mapToInt(o -> o.text().length()).max().orElse(0);
            return q.options().stream().filter(o -> !o.correct()).allMatch(o -> o.text().length() < right);
        }).count();
        return (double) longest / singles.size();
    }

    /** The largest share of a bank's right answers that sit in any one position (first, second, ...). */
    static double topPositionShare(KnowledgeCheck check) {
        int[] at = new int[16];
        int total = 0;
        for (Question q : check.questions()) {
            for (int i : q.correctOptions()) {
                at[Math.min(i, at.length - 1)]++;
                total++;
            }
        }
        int top = 0;
        for (int n : at) {
            top = Math.max(top, n);
        }
        return total == 0 ? 0 : (double) top / total;
    }

    @Test
    void theRulesCatchABankThatGivesItsAnswersAway() {
        List<Question> giveaway = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            giveaway.add(new Question("q" + i, QuestionType.SINGLE, "?", List.of(new Option("No", false, "."),
                    new Option("Yes, and this is the long careful answer", true, "."), new Option("Maybe", false, "."))));
        }
        KnowledgeCheck bad = new KnowledgeCheck("Check", 8, giveaway);
        assertThat(longestIsRightShare(bad)).isEqualTo(1.0);
        assertThat(topPositionShare(bad)).isEqualTo(1.0);
    }

    @Test
    void everyBankIsLargeEnoughToDrawFrom() {
        for (TrainingModule m : modules) {
            assertThat(m.check().questions()).as(m.key() + ": questions in the bank").hasSizeGreaterThanOrEqualTo(MIN_BANK);
            assertThat(m.check().draw()).as(m.key() + ": an attempt asks a subset of the bank")
                    .isLessThan(m.check().questions().size()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theRightAnswerIsNotUsuallyTheLongest() {
        for (TrainingModule m : modules) {
            assertThat(longestIsRightShare(m.check())).as(m.key() + ": share of single-choice questions whose right answer is the longest option")
                    .isLessThanOrEqualTo(MAX_LONGEST_RIGHT);
        }
    }

    @Test
    void rightAnswersAreSpreadOverThePositions() {
        for (TrainingModule m : modules) {
            assertThat(topPositionShare(m.check())).as(m.key() + ": largest share of right answers in one position")
                    .isLessThanOrEqualTo(MAX_ONE_POSITION);
            List<Question> trueFalse = m.check().questions().stream().filter(q -> q.type() == QuestionType.TRUE_FALSE).toList();
            long trueRight = trueFalse.stream().filter(q -> q.options().getFirst().correct()).count();
            assertThat(Math.abs(2 * trueRight - trueFalse.size())).as(m.key() + ": true and false answers are balanced")
                    .isLessThanOrEqualTo(1);
        }
    }
}
