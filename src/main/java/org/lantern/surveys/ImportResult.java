package org.lantern.surveys;

import java.util.List;

/**
 * The outcome of a CSV import: how many rows went in, and why the others did not.
 *
 * @param imported    the rows imported, with or without a participant code
 * @param rejected    the rows not imported, each with its line and why
 * @param withoutCode of the rows imported, those with no participant code: they cannot be matched across waves, so
 *                    reports leave them out of every paired figure and show them separately, as weaker evidence
 */
public record ImportResult(int imported, List<Rejection> rejected, int withoutCode) {

    public ImportResult(int imported, List<Rejection> rejected) {
        this(imported, rejected, 0);
    }

    /** @param line the line in the file where the rejected row starts (the header is line 1) */
    public record Rejection(long line, String reason) {
    }
}
