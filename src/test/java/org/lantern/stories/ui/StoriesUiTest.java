package org.lantern.stories.ui;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.ui.NotAllowedView;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryLibrary;
import org.lantern.stories.StoryModeration;
import org.lantern.stories.StoryWriting;
import org.lantern.stories.StoryStatus;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class StoriesUiTest extends KaribuTest {

    @Autowired
    PeopleService people;

    @Autowired
    StoryLibrary library;
    @Autowired
    StoryWriting writing;
    @Autowired
    StoryModeration moderation;

    private static java.util.List<String> anchorTexts() {
        return _find(Anchor.class).stream().map(Anchor::getText).toList();
    }

    private static com.vaadin.flow.component.Component search(String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate("stories", com.vaadin.flow.router.QueryParameters.fromString(query));
        return com.vaadin.flow.component.UI.getCurrent().getCurrentView();
    }

    @Test
    void theLibrarySearchesFiltersAndHighlights() {
        signIn("staff");
        assertThat(search("q=" + java.net.URLEncoder.encode("\"bus pass\"", java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(StoriesView.class);
        assertThat(anchorTexts()).contains("The bus pass");
        assertThat(_find(Html.class).stream().map(h -> h.getInnerHtml())).anySatisfy(h -> assertThat(h).contains("<mark>"));

        search("theme=carers-and-families");
        String count = _find(Paragraph.class, spec -> spec.withClasses("lantern-result-count")).getFirst().getText();
        assertThat(count).startsWith("19 stories");   // the shipped stories tagged carers-and-families
        assertThat(anchorTexts()).anySatisfy(t -> assertThat(t).startsWith("Any theme (remove"));

        search("q=recovry");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("lantern-result-count")).getFirst().getText())
                .contains("for \u201Crecovery\u201D instead");
    }

    @Test
    void onAPhoneTheFiltersFoldBehindAButtonThatSaysWhetherTheyAreOpenAndHowManyAreChosen() {
        signIn("staff");
        search("q=carers");
        FiltersToggle toggle = _get(FiltersToggle.class);
        StoryFilters filters = _get(StoryFilters.class);
        assertThat(toggle.getText()).isEqualTo("Filters");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo(filters.getId().orElseThrow());
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(filters.hasClassName(FiltersToggle.OPEN)).isFalse();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(toggle);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(filters.hasClassName(FiltersToggle.OPEN)).isTrue();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(toggle);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(filters.hasClassName(FiltersToggle.OPEN)).isFalse();

        search("q=carers&theme=carers-and-families&role=carer");
        assertThat(_get(FiltersToggle.class).getText()).isEqualTo("Filters (2 chosen)");
        search("q=" + java.net.URLEncoder.encode("/reg(ex)+/", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(toggle.isVisible()).as("no filters to show for a search that was refused").isFalse();
    }

    @Test
    void aQuestionInEverydayWordsFindsItsStoryFirstAndSaysWhatItCouldNotMatch() {
        signIn("staff");
        search("q=" + java.net.URLEncoder.encode("someone wants to drive again", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(_find(StoryCard.class).getFirst().getElement().getTextRecursively()).startsWith("Letting my husband drive again");

        search("q=" + java.net.URLEncoder.encode("drive again interpreter", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("lantern-result-count")).getFirst().getText())
                .startsWith("No story has all of your words. Showing the ");
        assertThat(_find(Paragraph.class).stream().map(p -> p.getElement().getTextRecursively()))
                .anySatisfy(t -> assertThat(t).startsWith("Try a shorter search: "));

        search("q=" + java.net.URLEncoder.encode("grandmother qzxv baby", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(anchorTexts()).contains("Trusting my mum with the baby");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(t -> assertThat(t).isEqualTo("No story uses \u201Cqzxv\u201D, so the search went on without it."));
    }

    @Test
    void typingShowsSuggestions() {
        signIn("staff");
        open("stories");
        TextField search = _get(TextField.class, spec -> spec.withLabel("Search stories"));
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(search, "bus p");
        assertThat(anchorTexts()).contains("The bus pass");
    }

    @Test
    void aStoryPageShowsRelatedStoriesAndUnknownOnesAreNotFound() {
        signIn("manager");
        assertThat(open("stories/a-the-bus-pass")).isInstanceOf(StoryView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("The bus pass");
        assertThat(_find(com.vaadin.flow.component.html.H2.class).stream().map(h -> h.getText())).contains("Related stories");
        open("stories/not-a-story");
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void writingShowsPersonalDetailFlagsInlineAndSubmitsWithConsent() {
        signIn("staff");
        assertThat(open("stories/write")).isInstanceOf(WriteStoryView.class);
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Karibu kingfisher");
        _get(TextArea.class, spec -> spec.withLabel("Summary")).setValue("A summary.");
        TextArea body = _get(TextArea.class, spec -> spec.withLabel("Your story"));
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(body, "I supported Sarah, who was 34 years old, "
                + "for a year. " + "We talked about her kingfisher drawings and what she hoped for next, and we wrote a plan "
                + "together in her own words, with small steps she chose.");
        assertThat(_find(com.vaadin.flow.component.html.Span.class).stream().map(s -> s.getText()))
                .contains("Name: ", "Age: ");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> themes = _get(MultiSelectComboBox.class);
        themes.setValue(Set.of("hope"));
        @SuppressWarnings("unchecked")
        Select<String> setting = _get(Select.class, spec -> spec.withLabel("Setting"));
        setting.setValue("supported-living");
        @SuppressWarnings("unchecked")
        Select<String> role = _get(Select.class, spec -> spec.withLabel("Told by"));
        role.setValue("support-worker");
        _get(Button.class, spec -> spec.withText("Send for review")).click();
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("lantern-error")).getFirst().getText())
                .contains("Tick the box");
        _get(Checkbox.class).setValue(true);
        _get(Button.class, spec -> spec.withText("Send for review")).click();
        PracticeStory story = library.mine(account("staff")).stream().filter(s -> s.title().equals("Karibu kingfisher")).findFirst().orElseThrow();
        assertThat(story.status()).isEqualTo(StoryStatus.SUBMITTED);
        writing.withdraw(account("staff"), story.id());
    }

    @Test
    void onlyEditorsModerate() {
        signIn("staff");
        assertThat(open("moderation")).isInstanceOf(NotAllowedView.class);
        signIn("editor");
        assertThat(open("moderation")).isInstanceOf(ModerationView.class);
        assertThat(anchorTexts()).contains("The walk before breakfast");
        long id = moderation.moderationQueue().stream().filter(i -> i.story().title().equals("The walk before breakfast"))
                .findFirst().orElseThrow().story().id();
        assertThat(open("moderation/" + id)).isInstanceOf(ModerateStoryView.class);
        assertThat(_find(com.vaadin.flow.component.html.Span.class).stream().map(s -> s.getText()))
                .contains("Age: ", "Ward or hospital name: ");
        assertThat(_find(Button.class).stream().map(Button::getText)).contains("Approve", "Request changes", "Do not accept");
    }

    private static org.lantern.stories.StoryDraft draft(String title, String word) {
        return new org.lantern.stories.StoryDraft(title, "A short summary about " + word + ".",
                "This is a story about " + word + " and what the team learned from it. We sat down together, talked "
                        + "about what mattered to her, and wrote a plan in her own words. It took longer than doing it "
                        + "for her, but she said it was the first plan that felt like hers.",
                java.util.List.of("recovery", "hope"), "supported-living", "support-worker");
    }

    /** Issue 15, stories item 1: an editor cannot open a draft or a withdrawn story by its number or address. */
    @Test
    void editorsCannotOpenADraftOrAWithdrawnStoryByItsNumber() {
        PracticeStory draft = writing.saveDraft(account("staff"), null, draft("Ui draft hollowmere", "hollowmere"));
        PracticeStory withdrawn = writing.submit(account("staff"), null, draft("Ui withdrawn hollowmere", "hollowmere"), true);
        writing.withdraw(account("staff"), withdrawn.id());
        PracticeStory inReview = writing.submit(account("staff"), null, draft("Ui review hollowmere", "hollowmere"), true);
        signIn("editor");
        for (PracticeStory hidden : java.util.List.of(draft, withdrawn)) {
            open("moderation/" + hidden.id());
            assertThat(_get(H1.class).getText()).as(hidden.title()).isEqualTo("Page not found");
            open("stories/" + hidden.slug());
            assertThat(_get(H1.class).getText()).as(hidden.title()).isEqualTo("Page not found");
        }
        assertThat(open("moderation/" + inReview.id())).isInstanceOf(ModerateStoryView.class);
        signIn("staff");
        assertThat(open("stories/" + draft.slug())).isInstanceOf(StoryView.class);
        writing.withdraw(account("staff"), draft.id());
        writing.withdraw(account("staff"), inReview.id());
    }

    /** An id in the address is digits only: "+5" is not a second address for story 5. */
    @Test
    void aStoryIsEditedAtItsNumberAndNotAtASignedOne() {
        PracticeStory draft = writing.saveDraft(account("staff"), null, draft("Ui signed id marrowgate", "marrowgate"));
        signIn("staff");
        assertThat(open("stories/write/" + draft.id())).isInstanceOf(WriteStoryView.class);
        for (String address : java.util.List.of("+" + draft.id(), "0" + draft.id() + "x", "-" + draft.id())) {
            open("stories/write/" + address);
            assertThat(_get(H1.class).getText()).as(address).isEqualTo("Page not found");
        }
        writing.withdraw(account("staff"), draft.id());
    }

    /** Issue 15, stories item 4: a costly search in the search box gets the plain answer, not an error page. */
    @Test
    void aCostlySearchSaysItIsTooComplex() {
        signIn("staff");
        assertThat(search("q=" + java.net.URLEncoder.encode("/reg(ex)+/", java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(StoriesView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("lantern-result-count")).getFirst().getText())
                .isEqualTo("This search is too complex; try fewer or simpler words.");
        TextField box = _get(TextField.class, spec -> spec.withLabel("Search stories"));
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(box, "(".repeat(3_000) + "*a*b*c*");
        assertThat(search("q=recovery")).isInstanceOf(StoriesView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("lantern-result-count")).getFirst().getText()).endsWith("found.");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
