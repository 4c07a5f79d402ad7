package org.lantern.reports;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * What a release is: which one, who made it and when, and what it was computed from.
 *
 * @param version          1 for the first release of a pair of waves, then 2, 3, …
 * @param releasedBy       the name of the evaluator or administrator who made it
 * @param responsesBefore  submitted responses to the before wave it includes
 * @param paperBefore      how many of those were imported (answered on paper)
 * @param newResponses     responses to either wave since the previous release of the pair (all, for the first)
 * @param hiddenFigures    how many groups' figures the disclosure rules hid (all kinds together)
 * @param imports          the imports of paper answers it includes
 */
public record ReleaseInfo(int version, Instant releasedAt, String releasedBy, int responsesBefore, int responsesAfter,
                          int paperBefore, int paperAfter, int newResponses, int hiddenFigures, int minGroupSize,
                          List<ImportNote> imports, @Nullable Integer previousVersion) {

    /** One import of paper answers: by whom, when, how many responses. */
    public record ImportNote(String importedBy, java.time.LocalDate importedOn, int responses) {
    }
}
