package org.lantern.base.content;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Renders authored Markdown to safe HTML: raw HTML in the source is escaped (shown as text, never
 * run) and unsafe link targets (javascript:, data:) are removed.
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
        return HTML.render(document);
    }

    /** Plain text without markup, e.g. for search and word counts. */
    public static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown));
    }
}
