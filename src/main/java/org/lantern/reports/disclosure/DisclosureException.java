package org.lantern.reports.disclosure;

/** A release cannot be made without revealing too much; the message says why, in plain words. */
public class DisclosureException extends RuntimeException {

    public DisclosureException(String message) {
        super(message);
    }
}
