package org.lantern.surveys;

/**
 * Lantern cannot use the pseudonym key: it is missing or different while survey answers are linked
 * with it, or it is not a valid key. Stops the start; the message says what was lost and what to do.
 */
public class PseudonymKeyException extends IllegalStateException {

    public PseudonymKeyException(String message) {
        super(message);
    }
}
