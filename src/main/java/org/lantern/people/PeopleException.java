package org.lantern.people;

/** A request about accounts or teams that cannot be carried out; the message is safe to show. */
public class PeopleException extends RuntimeException {
    public PeopleException(String message) {
        super(message);
    }
}
