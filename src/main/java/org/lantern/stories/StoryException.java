package org.lantern.stories;

/** A story request that cannot be carried out; the message is safe to show. */
public class StoryException extends RuntimeException {
    public StoryException(String message) {
        super(message);
    }
}
