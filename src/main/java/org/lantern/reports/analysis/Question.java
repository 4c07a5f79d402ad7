package org.lantern.reports.analysis;

import org.jspecify.annotations.Nullable;

/**
 * A theme or question of the survey as the codebook lists it.
 *
 * @param measure       its code in the {@code measure} column
 * @param level         1 theme, 2 agree/disagree question, 3 knowledge question
 * @param theme         the theme it belongs to (itself for a theme), or null
 * @param reverse       scored the other way round before theme scores are worked out
 * @param notApplicable offers a "Not applicable" answer
 */
public record Question(int measure, int level, String key, @Nullable String theme, String text, boolean reverse,
                       boolean notApplicable) {
}
