package org.lantern.stories;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * A likely personal detail found in a story, for the author or editor to look at.
 *
 * @param start index of the first character in the checked text
 * @param end   index after the last character
 */
public record PersonalDetail(Kind kind, String text, int start, int end) {

    /** What kind of detail, with advice in plain words. */
    @RequiredArgsConstructor
    @Getter
    public enum Kind {
        NAME("Name", "Use a role or relationship instead, such as \"the man I supported\" or \"her brother\"."),
        DATE("Exact date", "Say \"one spring\" or \"a few weeks later\" instead of an exact date."),
        DATE_OF_BIRTH("Date of birth", "Leave out dates of birth."),
        AGE("Age", "Say \"in his fifties\" or \"a young woman\" instead of an exact age."),
        ADDRESS("Address", "Leave out house numbers and street names."),
        POSTCODE("Postcode", "Leave out postcodes."),
        PHONE("Phone number", "Leave out phone numbers."),
        EMAIL("Email address", "Leave out email addresses."),
        NHS_NUMBER("NHS number", "Never include an NHS number."),
        PLACE("Ward or hospital name", "Say \"the ward\" or \"the hospital\" instead of its name.");

        private final String label;
        private final String advice;
    }
}
