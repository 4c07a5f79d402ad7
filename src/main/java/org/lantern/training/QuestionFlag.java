package org.lantern.training;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Something about a knowledge-check question an editor may want to look at. */
@RequiredArgsConstructor
@Getter
public enum QuestionFlag {
    ALMOST_ALL_RIGHT("Almost everyone gets this right (over 90%)"),
    FEW_RIGHT("Few get this right (under 30%)"),
    GOOD_PERFORMERS_WRONG("People who do well overall tend to get this wrong (discrimination below 0)"),
    DOES_NOT_SEPARATE("Does not separate (discrimination below 0.2)");

    private final String label;

    static final double ALMOST_ALL = 0.9;
    static final double FEW = 0.3;
    static final double SEPARATES = 0.2;
}
