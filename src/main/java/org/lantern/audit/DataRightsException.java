package org.lantern.audit;

/** A data-rights request that cannot be carried out; the message is for the person who asked. */
public class DataRightsException extends RuntimeException {

    public DataRightsException(String message) {
        super(message);
    }
}
