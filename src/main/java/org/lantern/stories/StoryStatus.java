package org.lantern.stories;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.lantern.base.Keyed;

/** Where a story is in its life: writing, review, consent, publication. The {@link #key()} is stored in the database. */
@RequiredArgsConstructor
@Getter
public enum StoryStatus implements Keyed {
    DRAFT("Draft", "Only you and editors can see it."),
    SUBMITTED("Waiting for review", "An editor will read it and may suggest changes."),
    CHANGES_REQUESTED("Changes requested", "The editor asked for changes. Edit it and send it again."),
    APPROVED("Approved: waiting for your consent to publish", "Read the edited version, then choose whether and where it may be used."),
    PUBLISHED("Published", "Others can read it where you agreed it may be used."),
    REJECTED("Not accepted", "The editor did not accept it for publishing."),
    WITHDRAWN("Consent withdrawn", "It is no longer shown or used anywhere."),
    RETIRED("Retired", "Its content file was removed, so it is no longer shown.");

    private final String label;
    private final String explanation;

    /** The author may still change the text. */
    public boolean editableByAuthor() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
