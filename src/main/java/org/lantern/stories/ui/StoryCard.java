package org.lantern.stories.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.lantern.stories.search.StoryHit;

/** One story in a result list: linked title, where and who, a highlighted snippet and its themes. */
class StoryCard extends Article {

    StoryCard(StoryHit hit) {
        addClassName("lantern-story-hit");
        add(new H2(new Anchor(StoryLinks.story(hit.slug()), hit.title())));
        add(StoryLinks.meta(hit.setting(), hit.role(), hit.published()));
        add(StoryLinks.snippet(hit.snippetHtml()));
        Div tags = new Div();
        tags.addClassName("lantern-tags");
        hit.themes().forEach(t -> tags.add(StoryLinks.themeLink(t)));
        add(tags);
    }
}
