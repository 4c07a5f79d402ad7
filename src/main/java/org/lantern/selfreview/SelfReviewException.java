package org.lantern.selfreview;

/** A self-review request that cannot be carried out; the message is safe to show. */
public class SelfReviewException extends RuntimeException {
    public SelfReviewException(String message) {
        super(message);
    }
}
