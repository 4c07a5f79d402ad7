package org.lantern.reports;

/** A report or release that cannot be made or shown, with a message safe to show. */
public class ReportException extends RuntimeException {

    /** What went wrong, so the API can choose a status. */
    public enum Kind { NOT_FOUND, NOT_ALLOWED, INVALID, CONFLICT }

    private final Kind kind;

    public ReportException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
