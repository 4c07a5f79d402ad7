package org.lantern.base.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlEscaperTest {

    @Test
    void escapesTheFiveCharactersThatMatterInHtmlAndXml() {
        assertThat(HtmlEscaper.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
    }

    @Test
    void aSingleQuoteCannotCloseAnAttributeQuotedWithSingleQuotes() {
        assertThat(HtmlEscaper.escape("O'Brien")).isEqualTo("O&#39;Brien");
        assertThat(HtmlEscaper.escape("' onmouseover='alert(1)")).doesNotContain("'");
    }

    @Test
    void leavesOtherTextAloneAndEscapesAnAmpersandOnlyOnce() {
        assertThat(HtmlEscaper.escape("Siobhán, Ольга, 5 − 3")).isEqualTo("Siobhán, Ольга, 5 − 3");
        assertThat(HtmlEscaper.escape("")).isEmpty();
        assertThat(HtmlEscaper.escape("&amp;")).isEqualTo("&amp;amp;");
    }
}
