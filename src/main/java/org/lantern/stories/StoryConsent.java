package org.lantern.stories;

/** Which consent a story's author has given, as stored in {@code story.consent}. */
enum StoryConsent {
    /** A composite story from the content files: no single author to consent. */
    COMPOSITE,
    /** Written, not yet sent: no consent given. */
    NONE,
    /** Consent for an editor to review it. */
    REVIEW,
    /** Consent to publish it for chosen audiences. */
    PUBLISH,
    /** Consent withdrawn. */
    WITHDRAWN
}
