package org.lantern.stories.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Cards;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryLibrary;

import java.util.List;

/** The stories a person has written, where each one is, and what they can do next. */
@Route("stories/mine")
@PageTitle("Your stories | Lantern")
@Menu(title = "Your stories", order = 220, icon = "vaadin:user-card")
@RolesAllowed({Role.STAFF_ROLE, Role.MANAGER_ROLE, Role.EDITOR_ROLE})
public class MyStoriesView extends Div {

    MyStoriesView(StoryLibrary stories, CurrentAccount currentAccount) {
        addClassName("lantern-page");
        add(new H1("Your stories"), new Anchor("stories/write", "Write a story"));
        List<PracticeStory> mine = stories.mine(currentAccount.require());
        add(Cards.gridOrEmpty(mine, this::createCard, "You have not written a story yet."));
    }

    private Article createCard(PracticeStory story) {
        Article card = new Article();
        card.addClassName("lantern-card");
        card.add(new H2(new Anchor(StoryLinks.story(story.slug()), story.title())));
        Paragraph status = new Paragraph(story.status().label());
        status.addClassName("lantern-status");
        card.add(status, new Paragraph(story.status().explanation()));
        if (!story.editorNote().isEmpty()) {
            card.add(new Paragraph("Note from the editor: " + story.editorNote()));
        }
        return card;
    }
}
