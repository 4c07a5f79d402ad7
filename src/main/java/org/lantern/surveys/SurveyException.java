package org.lantern.surveys;

/** A survey request that cannot be carried out; the message is safe to show. */
public class SurveyException extends RuntimeException {
    public SurveyException(String message) {
        super(message);
    }
}
