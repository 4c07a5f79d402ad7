package org.lantern.base.content;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Renders authored Markdown to safe HTML: raw HTML in the source is escaped (shown as text, never
 * run), unsafe link targets (javascript:, data:) are removed, and images from other sites become
 * plain links, so that a story or lesson cannot make every reader's browser call another site (a
 * tracking pixel). The Content-Security-Policy ({@code img-src 'self' data:}) blocks them as well.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> Markdown::onlySafeLinks).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private Markdown() {
    }

    /** Links may go to web pages, e-mail or places in Lantern; anything else (data:, file:...) is dropped. */
    private static void onlySafeLinks(org.commonmark.node.Node node, String tagName, java.util.Map<String, String> attributes) {
        for (String attribute : new String[]{"href", "src"}) {
            String value = attributes.get(attribute);
            if (value != null && !SAFE_URL.matcher(value).matches()) {
                attributes.put(attribute, "");
            }
        }
    }

    private static final java.util.regex.Pattern SAFE_URL =
            java.util.regex.Pattern.compile("^(https?:|mailto:|#|/|\\./|\\.\\./|[^:/?#]+(?:[/?#]|$)).*", java.util.regex.Pattern.CASE_INSENSITIVE);

    public static String toSafeHtml(String markdown) {
        Node document = PARSER.parse(markdown);
        document.accept(new RemoteImagesAsLinks());
        return HTML.render(document);
    }

    /** An image address with a scheme ({@code https:}) or a host ({@code //host/...}) is on another site. */
    private static final java.util.regex.Pattern REMOTE =
            java.util.regex.Pattern.compile("^\\s*([a-z][a-z0-9+.-]*:|//|\\\\).*", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Replaces each image from another site by a link to it, whose text is the image's description. */
    private static final class RemoteImagesAsLinks extends org.commonmark.node.AbstractVisitor {
        @Override
        public void visit(org.commonmark.node.Image image) {
            if (!REMOTE.matcher(image.getDestination()).matches()) {
                visitChildren(image);
                return;
            }
            org.commonmark.node.Link link = new org.commonmark.node.Link(image.getDestination(), image.getTitle());
            Node child = image.getFirstChild();
            if (child == null) {
                link.appendChild(new org.commonmark.node.Text("image: " + image.getDestination()));
            }
            while (child != null) {
                Node next = child.getNext();
                link.appendChild(child);
                child = next;
            }
            image.insertAfter(link);
            image.unlink();
            visitChildren(link);   // an image inside the description is checked too
        }
    }

    /** Plain text without markup, e.g. for search and word counts. */
    public static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown));
    }
}
