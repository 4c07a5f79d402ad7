package org.lantern.base.content;

/**
 * An authored file read from the content folder.
 *
 * @param path relative path with forward slashes, e.g. {@code stories/the-bus-pass.md}
 */
public record ContentFile(String path, String text) {

    /** The file name without folders. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
