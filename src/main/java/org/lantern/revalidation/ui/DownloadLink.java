package org.lantern.revalidation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A download link whose file is made by a service call when the person clicks it. */
final class DownloadLink {

    private DownloadLink() {
    }

    static Anchor create(String text, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor();
        anchor.setText(text);
        anchor.addClassName("lantern-download");
        point(anchor, fileName, contentType, content);
        return anchor;
    }

    static void point(Anchor anchor, String fileName, String contentType, Supplier<byte[]> content) {
        anchor.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), AttachmentType.DOWNLOAD);
    }
}
