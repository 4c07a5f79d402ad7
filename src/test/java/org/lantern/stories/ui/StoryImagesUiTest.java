package org.lantern.stories.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Html;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryDraft;
import org.lantern.stories.StoryWriting;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, "API and browser": a story whose Markdown names an image on another site (a tracking
 * pixel) is shown with a plain link to it, never an image that every reader's browser would load.
 */
class StoryImagesUiTest extends KaribuTest {

    @Autowired
    StoryWriting writing;
    @Autowired
    PeopleService people;

    @Test
    void aStoryShowsNoImageFromAnotherSite() {
        String author = "pixel.author." + System.nanoTime() % 1_000_000;
        people.createAccount(new NewAccount(author, "Pixel Author", "a long enough password", Set.of(Role.STAFF), Set.of(), Set.of()));
        PracticeStory story = writing.saveDraft(account(author), null, new StoryDraft("A plan in her own words",
                "How a plan was written together.", "We wrote it together. ![x](https://tracker.example/p.png) It worked. "
                        + "We sat down together and wrote a plan in her own words. ".repeat(5),
                List.of("recovery"), "supported-living", "support-worker"));

        signIn(author);
        assertThat(open("stories/" + story.slug())).isInstanceOf(StoryView.class);
        String shown = _find(Html.class).stream().map(Html::getInnerHtml).filter(h -> h.contains("We wrote it together"))
                .findFirst().orElseThrow();
        assertThat(shown).doesNotContain("<img").contains("href=\"https://tracker.example/p.png\">x</a>");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
