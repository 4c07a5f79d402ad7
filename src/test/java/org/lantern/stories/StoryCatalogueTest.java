package org.lantern.stories;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.content.ContentException;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblem;
import org.lantern.base.content.ContentProblems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Content story files: validated with file and line, synced into the database by slug. */
@LanternTest
@Transactional
class StoryCatalogueTest {

    @Autowired
    PeopleService people;

    @Autowired
    StoryCatalogue catalogue;
    @Autowired
    StoryLibrary library;
    @Autowired
    StoryFocusSource focus;
    @Autowired
    StoryWriting writing;

    static String file(String fields, String body) {
        return "---\n" + fields + "\n---\n" + body + "\n";
    }

    static final String FIELDS = """
            title: "A test story"
            summary: "What happened."
            themes: [recovery, hope]
            setting: supported-living
            role: nurse
            status: published
            consent: composite
            published: 2025-01-02
            outcome: mixed
            questions:
              - "What went well?"
              - "What would you do differently?"
              - "Whose voice was missing?\"""";

    static String words(int n) {
        return "word ".repeat(n).strip();
    }

    @Test
    void everyShippedStoryIsValid() throws IOException {
        java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
        try (var paths = Files.list(Path.of("content/stories"))) {
            for (Path p : paths.toList()) {
                ContentStory story = StoryParser.parse(new ContentFile("stories/" + p.getFileName(), Files.readString(p)));
                assertThat(story.slug()).isEqualTo(p.getFileName().toString().replace(".md", ""));
                assertThat(story.questions()).as(story.slug()).hasSizeBetween(3, 4);
                assertThat(story.text().setting()).as(story.slug() + ": direct payments are a funding route, not a setting")
                        .isNotEqualTo("direct-payments");
                outcomes.merge(story.outcome(), 1, Integer::sum);
            }
        }
        // the library is honest: not every story ends well
        assertThat(outcomes.keySet()).containsExactlyInAnyOrder("good", "mixed", "harm", "unresolved");
    }

    @Test
    void outcomeAndDiscussionQuestionsAreRequiredAndChecked() {
        ContentStory story = StoryParser.parse(new ContentFile("stories/x.md", file(FIELDS, words(200))));
        assertThat(story.outcome()).isEqualTo("mixed");
        assertThat(story.questions()).containsExactly("What went well?", "What would you do differently?", "Whose voice was missing?");
        assertThatThrownBy(() -> StoryParser.parse(new ContentFile("stories/x.md", file(FIELDS.replace("outcome: mixed",
                "outcome: happy"), words(200))))).hasMessageContaining("'outcome' must be one of good, mixed, harm, unresolved, not 'happy'")
                .satisfies(e -> assertThat(((ContentException) e).line()).isEqualTo(10));
        assertThatThrownBy(() -> StoryParser.parse(new ContentFile("stories/x.md", file(FIELDS.replace("outcome: mixed\n", ""),
                words(200))))).hasMessageContaining("outcome");
        assertThatThrownBy(() -> StoryParser.parse(new ContentFile("stories/x.md", file(FIELDS.replace("  - \"Whose voice was missing?\"", ""),
                words(200))))).hasMessageContaining("3 or 4 discussion questions, not 2");
        assertThatThrownBy(() -> StoryParser.parse(new ContentFile("stories/x.md", file(FIELDS.replace("Whose voice was missing?",
                "Whose voice was missing"), words(200))))).hasMessageContaining("must end with a question mark");
        assertThatThrownBy(() -> StoryParser.parse(new ContentFile("stories/x.md", file(FIELDS.replace("Whose voice was missing?",
                "What went well?"), words(200))))).hasMessageContaining("appears twice");
        String five = FIELDS + "\n  - \"Who else could help?\"\n  - \"What next?\"";
        assertThatThrownBy(() -> StoryParser.parse(new ContentFile("stories/x.md", file(five, words(200)))))
                .hasMessageContaining("not 5");
    }

    @Test
    void directPaymentsAreAFundingRouteNotASetting() {
        assertThatThrownBy(() -> StoryParser.parse(new ContentFile("stories/x.md", file(FIELDS.replace("setting: supported-living",
                "setting: direct-payments"), words(200)))))
                .hasMessage("'direct-payments' is a funding route, not a setting: use the place where the support happened "
                        + "(for example own-home or family-home) and the theme self-directed-support.")
                .satisfies(e -> assertThat(((ContentException) e).line()).isEqualTo(5));
        assertThat(StoryTopics.values("setting")).doesNotContain("direct-payments").contains("own-home");
        assertThat(StoryTopics.label("direct-payments")).as("stories written in the app before keep their words")
                .isEqualTo("Personal assistants and direct payments");
    }

    @Test
    void aSessionOnAShippedStoryShowsItsDiscussionQuestionsAfterTheText() throws IOException {
        ContentProblems problems = new ContentProblems();
        catalogue.load(ContentFiles.fromFolder(Path.of("content")), problems);
        assertThat(problems.list()).isEmpty();
        String html = focus.content("a-the-bus-pass").orElseThrow().html();
        assertThat(html).contains("<h2>Questions to discuss</h2>");
        assertThat(html.indexOf("Questions to discuss")).isGreaterThan(html.indexOf("bus pass"));
        for (String question : catalogue.discussionQuestions("a-the-bus-pass")) {
            assertThat(html).contains("<li>" + question.replace("\"", "&quot;") + "</li>");
        }
        assertThat(StoryFocusSource.questionsHtml(List.of("Is <b>this</b> *bold*?")))
                .contains("<li>Is &lt;b&gt;this&lt;/b&gt; *bold*?</li>").doesNotContain("<b>", "<em>");
        assertThat(StoryFocusSource.questionsHtml(List.of())).isEmpty();
    }

    @Test
    void theCatalogueKeepsEachShippedStorysQuestionsForSessions() {
        ContentProblems problems = new ContentProblems();
        catalogue.load(ContentFiles.of(List.of(new ContentFile("stories/zz-with-questions.md", file(FIELDS, words(200)))), "test"), problems);
        assertThat(problems.list()).isEmpty();
        assertThat(catalogue.discussionQuestions("zz-with-questions")).hasSize(3).first().isEqualTo("What went well?");
        assertThat(catalogue.outcome("zz-with-questions")).contains("mixed");
        assertThat(catalogue.discussionQuestions("not-a-story")).isEmpty();
    }

    @Test
    void problemsNameTheLine() {
        assertThatThrownBy(() -> StoryParser.parse(new ContentFile("stories/x.md", file(FIELDS.replace("[recovery, hope]",
                "[recovery, gardening]"), words(200))))).isInstanceOf(ContentException.class)
                .hasMessageContaining("Unknown theme 'gardening'").satisfies(e -> assertThat(((ContentException) e).line()).isEqualTo(4));
        assertThatThrownBy(() -> StoryParser.parse(new ContentFile("stories/x.md", file(FIELDS.replace("consent: composite",
                "consent: given"), words(200))))).hasMessageContaining("composites");
        assertThatThrownBy(() -> StoryParser.parse(new ContentFile("stories/x.md", file(FIELDS, words(20)))))
                .hasMessageContaining("20 words").satisfies(e -> assertThat(((ContentException) e).line()).isEqualTo(16));
        assertThatThrownBy(() -> StoryParser.parse(new ContentFile("stories/x.md", file(FIELDS + "\nmood: happy", words(200)))))
                .hasMessageContaining("Unknown field 'mood'");
    }

    @Test
    void aReloadAddsNewStoriesUpdatesChangedOnesRetiresRemovedOnesAndKeepsBrokenOnes() throws IOException {
        String busPass = Files.readString(Path.of("content/stories/a-the-bus-pass.md"))
                .replace("title: \"The bus pass\"", "title: \"The bus pass (revised)\"");
        String kettle = Files.readString(Path.of("content/stories/a-the-kettle.md")).replace("setting:", "setting: nowhere\nx:");
        List<ContentFile> files = List.of(
                new ContentFile("stories/a-the-bus-pass.md", busPass),
                new ContentFile("stories/a-the-kettle.md", kettle),
                new ContentFile("stories/zz-new-one.md", file(FIELDS, words(200))));
        ContentProblems problems = new ContentProblems();
        catalogue.load(ContentFiles.of(files, "test"), problems);

        assertThat(problems.list()).extracting(ContentProblem::file).containsExactly("stories/a-the-kettle.md");
        assertThat(library.read(account("staff"), "a-the-bus-pass")).get().extracting(PracticeStory::title).isEqualTo("The bus pass (revised)");
        assertThat(library.read(account("staff"), "zz-new-one")).get().extracting(PracticeStory::status).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(library.read(account("staff"), "a-the-kettle")).as("a broken file keeps its last good version").isPresent();
        assertThat(library.read(account("editor"), "a-the-allotment")).get().extracting(PracticeStory::status).isEqualTo(StoryStatus.RETIRED);
        long busPassId = library.read(account("staff"), "a-the-bus-pass").orElseThrow().id();
        assertThat(library.history(account("editor"), busPassId)).last().satisfies(d -> {
            assertThat(d.action()).isEqualTo("Updated from the content files");
            assertThat(d.changes()).containsOnlyKeys("title");
        });
    }

    @Test
    void newFilesAreAddedTogetherWithTheirHistoryAndASlugTakenInTheAppIsReported() {
        PracticeStory staffStory = writing.saveDraft(account("staff"), null, StoryLifecycleTest.draft("Draft quillmere", "quillmere"));
        List<ContentFile> files = List.of(
                new ContentFile("stories/zz-first-new.md", file(FIELDS, words(200))),
                new ContentFile("stories/" + staffStory.slug() + ".md", file(FIELDS, words(200))),
                new ContentFile("stories/zz-second-new.md", file(FIELDS, words(200))));
        ContentProblems problems = new ContentProblems();
        catalogue.load(ContentFiles.of(files, "test"), problems);

        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("stories/" + staffStory.slug() + ".md");
            assertThat(p.message()).contains("already uses the slug");
        });
        for (String slug : List.of("zz-first-new", "zz-second-new")) {
            PracticeStory added = library.read(account("staff"), slug).orElseThrow();
            assertThat(added.status()).isEqualTo(StoryStatus.PUBLISHED);
            assertThat(library.history(account("editor"), added.id())).singleElement()
                    .extracting(StoryDecision::action).isEqualTo("Added from the content files");
        }
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
