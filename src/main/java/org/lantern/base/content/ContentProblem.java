package org.lantern.base.content;

/**
 * One problem found in a content file, precise enough for an editor to fix it.
 *
 * @param file path relative to the content folder, e.g. {@code modules/01-recovery/module.yaml}
 * @param line 1-based line number, or 0 when the problem is about the whole file
 */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
