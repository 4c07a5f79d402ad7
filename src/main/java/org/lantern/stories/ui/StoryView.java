package org.lantern.stories.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryLibrary;
import org.lantern.stories.StoryPage;
import org.lantern.stories.StoryWriting;
import org.lantern.stories.search.StoryHit;
import org.lantern.base.ui.RouteItem;

import java.util.List;

/**
 * One story, with related stories. Library stories are open to everyone signed in; others only to
 * their author (who also sees the consent choices) and to editors.
 */
@Route("stories/:slug")
@PermitAll
public class StoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StoryLibrary library;
    private final StoryWriting writing;
    private final Account account;
    private String title = "Story";

    StoryView(StoryLibrary library, StoryWriting writing, CurrentAccount currentAccount) {
        this.library = library;
        this.writing = writing;
        this.account = currentAccount.require();
        addClassNames("lantern-page", "lantern-reading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteItem.find(event, "slug", slug -> library.page(account, slug)).ifPresent(page -> {
            title = page.story().title();
            build(page);
        });
    }

    private void build(StoryPage page) {
        removeAll();
        PracticeStory story = page.story();
        add(new Anchor("stories", "Back to the story library"));
        add(new H1(story.title()));
        Div meta = new Div(StoryLinks.meta(story.setting(), story.role(), story.publishedOn()));
        meta.add(Texts.meta(story.byline()));
        add(meta);
        if (page.ownStory()) {
            add(new ConsentPanel(writing, account, page, this::reload));
        } else if (page.notInLibrary()) {
            Paragraph status = new Paragraph("Not in the library: " + story.status().label() + ".");
            status.addClassName("lantern-warning");
            add(status);
            if (page.moderationLink()) {
                add(new Anchor(StoryLinks.moderate(story.id()), "Open in moderation"));
            }
        }
        if (story.textDeleted()) {
            add(Texts.meta("The words of this story were deleted, as it will not be published. "
                    + "Its history still shows who decided what, and when."));
        }
        Paragraph summary = Texts.lead(story.summary());
        add(summary);
        add(new Html("<div class=\"lantern-story-body\">" + story.html() + "</div>"));
        Div tags = new Div();
        tags.addClassName("lantern-tags");
        story.themes().forEach(t -> tags.add(StoryLinks.themeLink(t)));
        add(tags);
        if (page.showRelated()) {
            add(createRelated(page.related()));
        }
    }

    private Section createRelated(List<StoryHit> related) {
        Section section = new Section(new H2("Related stories"));
        section.addClassName("lantern-related");
        if (related.isEmpty()) {
            section.add(Texts.empty("No related stories yet."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (StoryHit hit : related) {
            Paragraph about = new Paragraph(hit.summary());
            about.addClassName("lantern-meta");
            list.add(new ListItem(new Anchor(StoryLinks.story(hit.slug()), hit.title()), about));
        }
        section.add(list);
        return section;
    }

    private void reload(PracticeStory story) {
        library.page(account, story.slug()).ifPresent(this::build);
    }

    @Override
    public String getPageTitle() {
        return title + " | Lantern";
    }
}
