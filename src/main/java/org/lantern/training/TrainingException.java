package org.lantern.training;

/** A training request that cannot be carried out; the message is safe to show. */
public class TrainingException extends RuntimeException {
    public TrainingException(String message) {
        super(message);
    }
}
