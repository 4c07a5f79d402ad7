package org.lantern.journal;

/** A journal request could not be done; the message is written for the person and safe to show. */
public class JournalException extends RuntimeException {

    public JournalException(String message) {
        super(message);
    }
}
