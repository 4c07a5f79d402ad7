package org.lantern.training.tools;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/** A practice tool request could not be done; the message is written for the person and safe to show. */
public class ToolException extends RuntimeException {

    private final @Nullable String fieldKey;

    public ToolException(String message) {
        this(message, null);
    }

    public ToolException(String message, @Nullable String fieldKey) {
        super(message);
        this.fieldKey = fieldKey;
    }

    /** The field the problem is about, so a form can mark it. */
    public Optional<String> fieldKey() {
        return Optional.ofNullable(fieldKey);
    }
}
