package org.lantern.stories;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans text before it is stored: HTML tags and comments are removed (stories are plain Markdown),
 * control characters dropped and line endings normalised. Pages escape or safely render what is
 * stored as well, so nothing written in a story can run in a browser.
 */
public final class StoryText {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|$)", Pattern.DOTALL);
    private static final Pattern DANGEROUS_BLOCK = Pattern.compile("(?is)<(script|style|iframe|object|embed|template)\\b.*?(?:</\\1\\s*>|$)");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z!/?][^>]*>?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200F\\u2028-\\u202E\\u2066-\\u2069]");
    private static final Pattern UNSAFE_LINK = Pattern.compile("(?i)\\]\\(\\s*(?:javascript|data|vbscript|file):[^)]*\\)");

    private StoryText() {
    }

    /** A multi-line text (the story itself): tags removed, paragraphs kept. */
    public static String cleanBody(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replace("\r\n", "\n").replace('\r', '\n');
        clean = COMMENT.matcher(clean).replaceAll("");
        clean = DANGEROUS_BLOCK.matcher(clean).replaceAll("");
        clean = TAG.matcher(clean).replaceAll("");
        clean = UNSAFE_LINK.matcher(clean).replaceAll("]()");
        clean = CONTROL.matcher(clean).replaceAll("");
        clean = clean.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
        return clean.strip();
    }

    /** A one-line text (title, summary, note): tags removed, white space collapsed. */
    public static String cleanLine(String text) {
        return cleanBody(text).replaceAll("\\s+", " ").strip();
    }

    /** Lower-case words joined by dashes, for addresses: "The bus pass!" becomes "the-bus-pass". */
    public static String slugify(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "story" : slug;
    }

    public static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
