package org.lantern.surveys;

/** A survey request that cannot be carried out; the message is safe to show. */
public class SurveyException extends RuntimeException {

    /** What kind of refusal, so the API can choose a status. */
    public enum Kind {
        /** the request itself is wrong (400) */
        INVALID,
        /** no such programme or wave (404) */
        NOT_FOUND,
        /** the request clashes with the programme's state: a duplicate key, an open wave, already archived (409) */
        CONFLICT
    }

    private final Kind kind;

    public SurveyException(String message) {
        this(Kind.INVALID, message);
    }

    public SurveyException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
