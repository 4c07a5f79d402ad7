package org.lantern.surveys;

import java.util.List;

/** The outcome of a CSV import: how many rows went in, and why the others did not. */
public record ImportResult(int imported, List<Rejection> rejected) {

    /** @param line the line in the file where the rejected row starts (the header is line 1) */
    public record Rejection(long line, String reason) {
    }
}
