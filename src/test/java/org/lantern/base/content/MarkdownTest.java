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

    /** Issue 15, "API and browser": a story or lesson must not make its readers' browsers call another site. */
    @Test
    void imagesFromOtherSitesBecomeLinksNeverImages() {
        for (String address : new String[]{"https://tracker.example/p.png", "http://tracker.example/p.png",
                "//tracker.example/p.png", "HTTPS://tracker.example/p.png", " https://tracker.example/p.png"}) {
            String html = Markdown.toSafeHtml("Before ![x](" + address + ") after");
            assertThat(html).as(address).doesNotContain("<img").contains(">x</a>").contains("tracker.example/p.png");
        }
        assertThat(Markdown.toSafeHtml("![](https://tracker.example/p.png \"t\")"))
                .doesNotContain("<img").contains("href=\"https://tracker.example/p.png\" title=\"t\">image: https://tracker.example/p.png</a>");
        // an image inside the description of another, and reference-style images, are caught too
        assertThat(Markdown.toSafeHtml("![a ![b](https://one.example/b.png)](https://two.example/a.png)")).doesNotContain("<img");
        assertThat(Markdown.toSafeHtml("![x][p]\n\n[p]: https://tracker.example/p.png")).doesNotContain("<img");
        // images that are part of Lantern itself stay images
        assertThat(Markdown.toSafeHtml("![Diagram](/images/cycle.png) ![Local](images/a.png)"))
                .contains("<img src=\"/images/cycle.png\" alt=\"Diagram\" />", "<img src=\"images/a.png\" alt=\"Local\" />");
    }
}
