package org.lantern.base.export;

/**
 * Escapes text for HTML and XML (SVG included), in element content and in attribute values quoted
 * with either {@code "} or {@code '}.
 */
public final class HtmlEscaper {

    private HtmlEscaper() {
    }

    /** {@code text} with {@code & < > " '} replaced by entities; everything else unchanged. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
