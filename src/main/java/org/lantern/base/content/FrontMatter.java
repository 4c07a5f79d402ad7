package org.lantern.base.content;

/**
 * A Markdown file with YAML front matter between {@code ---} lines at the top.
 *
 * @param bodyLine 1-based line where the body starts, for messages about the body
 */
public record FrontMatter(YamlNode fields, String body, int bodyLine) {

    /** Content files are small; a bigger one is a mistake, refused before any slow parsing. */
    static final int MAX_FILE_CHARS = 2_000_000;

    public static FrontMatter parse(String text) {
        if (text.length() > MAX_FILE_CHARS) {
            throw new ContentException(0, "The file is too large (over 2 MB).");
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        if (!normalised.startsWith("---\n")) {
            throw new ContentException(1, "The file must start with a '---' line, then the fields (title: ...), then another '---' line.");
        }
        int end = normalised.indexOf("\n---", 3);
        while (end >= 0) {
            int after = end + 4;
            if (after >= normalised.length() || normalised.charAt(after) == '\n') {
                break;
            }
            end = normalised.indexOf("\n---", after);
        }
        if (end < 0) {
            throw new ContentException(1, "The fields at the top are not closed: add a line with just '---' after them.");
        }
        String yaml = normalised.substring(4, end + 1);
        int closingLine = 1 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
        String body = end + 4 >= normalised.length() ? "" : normalised.substring(end + 5);
        if (yaml.isBlank()) {
            throw new ContentException(2, "The fields at the top are empty.");
        }
        return new FrontMatter(YamlNode.parse(yaml, 1), body, closingLine + 1);
    }
}
