package org.lantern.reflection;

/** A request about sessions or actions that cannot be carried out; the message is safe to show. */
public class ReflectionException extends RuntimeException {
    public ReflectionException(String message) {
        super(message);
    }
}
