package org.lantern.actions;

/** A request about the action log that cannot be carried out; the message is safe to show. */
public class ActionException extends RuntimeException {
    public ActionException(String message) {
        super(message);
    }
}
