package org.lantern.stories.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.lantern.base.ui.HomeCard;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryLibrary;

import java.util.List;

/** The "Practice stories" card on the home page: the newest stories and a way to share one. */
@org.springframework.stereotype.Component
class StoriesHomeWidget implements HomeWidget {

    private final StoryLibrary stories;

    StoriesHomeWidget(StoryLibrary stories) {
        this.stories = stories;
    }

    @Override
    public String area() {
        return "stories";
    }

    @Override
    public void fill(HomeCard card, Account account) {
        List<PracticeStory> newest = stories.newest(3);
        if (newest.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        newest.forEach(s -> list.add(new ListItem(new Anchor(StoryLinks.story(s.slug()), s.title()))));
        Div links = new Div(new Anchor("stories", "Search the story library"), new Anchor("stories/write", "Write a story"));
        links.addClassName("lantern-toolbar");
        card.meta("Newest stories").add(list, links);
    }
}
