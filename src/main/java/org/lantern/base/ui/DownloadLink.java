package org.lantern.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A download link whose file is made by a service call when the person clicks it (never before: the
 * service checks access and writes the file as it is at that moment).
 */
public final class DownloadLink {

    /** A file made for download. */
    public record File(String name, String contentType, byte[] content) {
    }

    private DownloadLink() {
    }

    public static Anchor create(String text, String fileName, String contentType, Supplier<byte[]> content) {
        return create(text, () -> new File(fileName, contentType, content.get()));
    }

    public static Anchor create(String text, Supplier<File> file) {
        Anchor anchor = new Anchor();
        anchor.setText(text);
        anchor.addClassName("lantern-download");
        point(anchor, file);
        return anchor;
    }

    /** Points an existing link at a new file (e.g. when the page shows another record). */
    public static void point(Anchor anchor, String fileName, String contentType, Supplier<byte[]> content) {
        point(anchor, () -> new File(fileName, contentType, content.get()));
    }

    private static void point(Anchor anchor, Supplier<File> file) {
        anchor.setHref(DownloadHandler.fromInputStream(event -> {
            File made = file.get();
            return new DownloadResponse(new ByteArrayInputStream(made.content()), made.name(), made.contentType(),
                    made.content().length);
        }), AttachmentType.DOWNLOAD);
    }
}
