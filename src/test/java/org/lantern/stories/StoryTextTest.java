package org.lantern.stories;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sanitising: nothing written in a story can become markup in a page. */
class StoryTextTest {

    @Test
    void tagsScriptsAndCommentsAreRemovedButTheWordsStay() {
        String dirty = "Hello <b>there</b>.<script>alert('x')</script> <img src=x onerror=alert(1)>"
                + "<!-- hidden --> <a href=\"javascript:alert(1)\">link</a>\n\n<iframe src=//evil></iframe>Next";
        String clean = StoryText.cleanBody(dirty);
        assertThat(clean).doesNotContain("<", ">", "script", "onerror", "javascript", "hidden", "iframe")
                .contains("Hello there.", "link", "Next");
    }

    @Test
    void markdownLinksToScriptsAreDefused() {
        String clean = StoryText.cleanBody("Read [this](javascript:alert(1)) and [that](https://example.org).");
        assertThat(clean).doesNotContain("javascript").contains("[that](https://example.org)");
    }

    @Test
    void lessThanSignsInOrdinaryTextSurvive() {
        assertThat(StoryText.cleanLine("It took < 3 weeks & a lot of patience")).isEqualTo("It took < 3 weeks & a lot of patience");
    }

    @Test
    void storedTextRendersAsSafeHtml() {
        PracticeStory story = new PracticeStory(1, "s", PracticeStory.Source.STAFF, 1L, "A", "T", "S",
                "Some **bold** text <script>alert(1)</script> [x](javascript:alert(1))", java.util.List.of(), "", "",
                StoryStatus.DRAFT, java.util.Set.of(), false, "", null, java.time.Instant.EPOCH, java.time.Instant.EPOCH,
                null, null, null, null);
        assertThat(story.html()).contains("<strong>bold</strong>").doesNotContain("<script").doesNotContain("href=\"javascript");
    }

    @Test
    void slugsAreLowerCaseWordsWithDashes() {
        assertThat(StoryText.slugify("The bus pass: what I learned!")).isEqualTo("the-bus-pass-what-i-learned");
        assertThat(StoryText.slugify("Café für alle")).isEqualTo("cafe-fur-alle");
        assertThat(StoryText.slugify("!!!")).isEqualTo("story");
    }
}
