package org.lantern.base.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

    @Test
    void rendersOrdinaryMarkdown() {
        assertThat(Markdown.toSafeHtml("## Hope\n\nSmall **goals** count.\n\n- one\n- two\n"))
                .contains("<h2>Hope</h2>").contains("<strong>goals</strong>").contains("<li>one</li>");
    }

    @Test
    void rawHtmlAndScriptsAreShownAsTextNeverRun() {
        String html = Markdown.toSafeHtml("Hello <script>alert('x')</script> and <img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;script&gt;").contains("&lt;img");
    }

    @Test
    void dangerousLinkTargetsAreRemoved() {
        String html = Markdown.toSafeHtml("[click](javascript:alert(1)) [data](data:text/html;base64,xx)");
        assertThat(html).doesNotContain("javascript:").doesNotContain("data:text");
        assertThat(Markdown.toSafeHtml("[ok](https://example.org/a) [rel](lessons/02) [mail](mailto:a@b.c)"))
                .contains("href=\"https://example.org/a\"", "href=\"lessons/02\"", "href=\"mailto:a@b.c\"");
    }

    @Test
    void plainTextDropsMarkup() {
        assertThat(Markdown.toPlainText("## Title\n\n**Bold** text").strip()).isEqualTo("Title\nBold text");
    }
}
