package org.lantern.stories.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.lantern.stories.StoryTopics;
import org.lantern.stories.search.StoryIndex;
import org.lantern.stories.search.StorySearchRequest;
import org.lantern.stories.search.StorySearchResult;

import java.util.Map;

/** The library's filters: each theme, setting and role with how many stories match, as links, and a way to remove the chosen one. */
class StoryFilters extends Aside {

    private static final Map<String, String> DIMENSION_NAMES = Map.of("theme", "Theme", "setting", "Setting", "role", "Told by");

    StoryFilters() {
        addClassName("lantern-facets");
        getElement().setAttribute("aria-label", "Filter stories");
        setId("story-filters");
    }

    /** Shows the counts of a search, with links that keep its words, other filters and order. */
    void show(StorySearchRequest request, StorySearchResult result, String sortKey) {
        removeAll();
        add(new H2("Filter"));
        for (String dimension : StoryIndex.DIMENSIONS) {
            String chosen = switch (dimension) {
                case "theme" -> request.theme();
                case "setting" -> request.setting();
                default -> request.role();
            };
            Section section = new Section(new H3(DIMENSION_NAMES.get(dimension)));
            UnorderedList values = new UnorderedList();
            if (!chosen.isEmpty()) {
                Anchor clear = new Anchor(link(request, dimension, "", sortKey), "Any " + DIMENSION_NAMES.get(dimension).toLowerCase()
                        + " (remove \u201C" + StoryTopics.label(chosen) + "\u201D)");
                values.add(new ListItem(clear));
            }
            result.facets().getOrDefault(dimension, Map.of()).forEach((value, count) -> {
                Anchor link = new Anchor(link(request, dimension, value, sortKey), StoryTopics.label(value) + " (" + count + ")");
                if (value.equals(chosen)) {
                    link.getElement().setAttribute("aria-current", "true");
                    link.addClassName("lantern-facet-chosen");
                }
                values.add(new ListItem(link));
            });
            section.add(values);
            add(section);
        }
    }

    private static String link(StorySearchRequest request, String dimension, String value, String sortKey) {
        return StoryLinks.search(request.text(), dimension.equals("theme") ? value : request.theme(),
                dimension.equals("setting") ? value : request.setting(), dimension.equals("role") ? value : request.role(), sortKey);
    }
}
