package org.lantern.training;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Something about a knowledge question an editor or evaluator may want to look at: the training modules'
 * check questions and the survey's knowledge questions use the same words.
 */
@RequiredArgsConstructor
@Getter
public enum QuestionFlag {
    ALMOST_ALL_RIGHT("Almost everyone gets this right (over 90%)"),
    FEW_RIGHT("Few get this right (under 30%)"),
    GOOD_PERFORMERS_WRONG("People who do well overall tend to get this wrong (discrimination below 0)"),
    DOES_NOT_SEPARATE("Does not separate (discrimination below 0.2)");

    private final String label;

    private static final double ALMOST_ALL = 0.9;
    private static final double FEW = 0.3;
    private static final double SEPARATES = 0.2;

    /**
     * @param proportionCorrect the share who answered right, 0 to 1
     * @param discrimination    the corrected item-total correlation, or null when there is none
     */
    public static List<QuestionFlag> of(double proportionCorrect, @Nullable Double discrimination) {
        List<QuestionFlag> flags = new ArrayList<>();
        if (proportionCorrect > ALMOST_ALL) {
            flags.add(ALMOST_ALL_RIGHT);
        } else if (proportionCorrect < FEW) {
            flags.add(FEW_RIGHT);
        }
        if (discrimination != null && discrimination < 0) {
            flags.add(GOOD_PERFORMERS_WRONG);
        } else if (discrimination != null && discrimination < SEPARATES) {
            flags.add(DOES_NOT_SEPARATE);
        }
        return List.copyOf(flags);
    }
}
