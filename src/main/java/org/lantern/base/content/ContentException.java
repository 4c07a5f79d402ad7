package org.lantern.base.content;

/** A content file is not valid; carries the precise place for the editor. */
public class ContentException extends RuntimeException {

    private final int line;

    public ContentException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }

    public ContentProblem in(String file) {
        return new ContentProblem(file, line, getMessage());
    }
}
