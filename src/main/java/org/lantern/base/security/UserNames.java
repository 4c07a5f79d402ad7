package org.lantern.base.security;

import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a user name is, in one place: the account lookup, the sign-in throttle and account creation all
 * use these rules, so that a name typed one way can never be counted as another.
 * <ul>
 * <li>{@link #normalise}: Unicode NFKC (full-width and other compatibility forms become their plain
 * letters), then lower case ({@link Locale#ROOT}), then ordinary spaces (U+0020) trimmed from both ends.
 * Stored user names are already in this form (the database allows only {@code [a-z0-9._-]}).</li>
 * <li>{@link #hasHiddenCharacters}: control and format characters (Unicode Cc, Cf), line and paragraph
 * separators (Zl, Zp), any space other than the ordinary one (Zs), lone surrogates, private-use and
 * unassigned code points. A user name holding one is refused at sign-in (a failed sign-in) and at
 * account creation: such characters are invisible, or look like something else.</li>
 * </ul>
 */
public final class UserNames {

    private UserNames() {
    }

    /** The form in which user names are stored, looked up and counted. */
    public static String normalise(@Nullable String typed) {
        if (typed == null) {
            return "";
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // lower-casing can undo NFKC for a few characters; normalising again makes the result stable
        return trimSpaces(Normalizer.normalize(folded, Normalizer.Form.NFKC));
    }

    /** Whether {@code typed} holds a character no user name may hold (see the class description). */
    public static boolean hasHiddenCharacters(@Nullable String typed) {
        return typed != null && typed.codePoints().anyMatch(UserNames::hidden);
    }

    /**
     * The user name a sign-in attempt is counted under: {@link #normalise normalised}, with hidden
     * characters left out, so that {@code staff} followed by a control character counts as {@code staff}.
     */
    public static String throttleKey(@Nullable String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder visible = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> !hidden(c)).forEach(visible::appendCodePoint);
        return normalise(visible.toString());
    }

    private static boolean hidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            case Character.SPACE_SEPARATOR -> codePoint != ' ';
            default -> false;
        };
    }

    private static String trimSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }
}
