package org.lantern.stories.search;

/**
 * A search that would be costly to run, so it is refused with a plain message instead: a
 * /regular expression/, a word with many wildcards, a range, a search in a named field, fuzzy
 * matching of a long word, deep nesting, or simply too long. {@link #reason()} says which, for logs.
 */
public final class StorySearchTooComplex extends RuntimeException {

    /** What people are told. */
    public static final String MESSAGE = "This search is too complex; try fewer or simpler words.";

    private final String reason;

    StorySearchTooComplex(String reason) {
        super(MESSAGE);
        this.reason = reason;
    }

    /** Which limit the search went over, in words for a log (never shown to people). */
    public String reason() {
        return reason;
    }
}
