package org.lantern.people;

import org.lantern.base.security.UserNames;

import java.util.regex.Pattern;

/**
 * What makes a user name, a display name and an e-mail address acceptable, in one place for the
 * account form and the people import. Each check throws {@link PeopleException} with a message for the
 * person who typed (or exported) the value.
 */
final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    /** One @, something on each side, a dot in the domain, no spaces: what mail servers deliver to in practice. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"(),:;<>\\[\\]\\\\]{1,64}@[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)+");
    static final int MAX_NAME = 120;
    static final int MAX_EMAIL = 254;

    private AccountRules() {
    }

    /** The user name in its one normal form ({@link UserNames#normalise}), or why it cannot be one. */
    static String username(String typed) {
        if (UserNames.hasHiddenCharacters(typed)) {
            throw new PeopleException("User names cannot contain control characters, invisible characters "
                    + "or unusual spaces. Type the user name again rather than pasting it.");
        }
        String username = UserNames.normalise(typed);
        if (!USERNAME.matcher(username).matches()) {
            throw new PeopleException("User names are 2 to 64 characters: lower-case letters, digits, dots, "
                    + "dashes and underscores, starting with a letter or digit.");
        }
        return username;
    }

    /** The display name trimmed, or why it cannot be one. */
    static String displayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new PeopleException("Enter the person's name as it should appear in Lantern.");
        }
        if (displayName.trim().length() > MAX_NAME) {
            throw new PeopleException("Names are at most " + MAX_NAME + " characters.");
        }
        return displayName.trim();
    }

    /** The e-mail address trimmed, null when blank (no address), or why it cannot be one. */
    static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.trim();
        if (trimmed.length() > MAX_EMAIL || !EMAIL.matcher(trimmed).matches()) {
            throw new PeopleException("'" + trimmed + "' is not an e-mail address (expected one like name@example.org).");
        }
        return trimmed;
    }
}
