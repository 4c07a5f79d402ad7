package org.lantern.base.export;

/** What people wrote, as literal Markdown text. */
public final class MarkdownText {

    private MarkdownText() {
    }

    /**
     * {@code text} with HTML tags and links escaped, so a Markdown viewer that renders HTML shows
     * {@code <script>} as text instead of running it.
     */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("<", "\\<").replace("[", "\\[").replace("]", "\\]");
    }
}
