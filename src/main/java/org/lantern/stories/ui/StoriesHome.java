package org.lantern.stories.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.lantern.base.ui.HomeWidget;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryLibrary;
import org.lantern.stories.StoryModeration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.OptionalInt;

/** Practice stories on the home page. */
@Configuration(proxyBeanMethods = false)
class StoriesHome {

    /** The "Practice stories" card: the newest stories and a way to share one. */
    @Bean
    HomeWidget storiesHomeWidget(StoryLibrary stories) {
        return HomeWidget.of("stories", (card, account) -> {
            List<PracticeStory> newest = stories.newest(3);
            if (newest.isEmpty()) {
                return;
            }
            UnorderedList list = new UnorderedList();
            newest.forEach(s -> list.add(new ListItem(new Anchor(StoryLinks.story(s.slug()), s.title()))));
            Div links = new Div(new Anchor("stories", "Search the story library"), new Anchor("stories/write", "Write a story"));
            links.addClassName("lantern-toolbar");
            card.meta("Newest stories").add(list, links);
        });
    }

    /** The editors' card: how many stories wait for review. */
    @Bean
    HomeWidget moderationHomeWidget(StoryModeration stories) {
        return HomeWidget.of("editing", (card, account) -> {
            OptionalInt queue = stories.queueSizeFor(account);
            queue.ifPresent(waiting -> card.link("moderation", waiting == 0 ? "No stories are waiting for review"
                    : waiting == 1 ? "1 story is waiting for review" : waiting + " stories are waiting for review"));
        });
    }
}
