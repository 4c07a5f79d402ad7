package org.lantern.stories.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.lantern.stories.search.StorySearchRequest;

import java.util.stream.Stream;

/**
 * On a phone, the "Filters" button beside the result count that shows and hides the library's filters
 * (aria-expanded says which), and says how many filters are chosen while they are folded away. Wider
 * screens hide it (stylesheet): the filters are always beside the results there.
 */
class FiltersToggle extends Button {

    static final String OPEN = "lantern-facets-open";

    private final StoryFilters filters;

    FiltersToggle(StoryFilters filters) {
        this.filters = filters;
        addClassName("lantern-filters-toggle");
        setIconAfterText(true);
        getElement().setAttribute("aria-controls", filters.getId().orElseThrow());
        addClickListener(e -> show(!filters.hasClassName(OPEN)));
        setText("Filters");
        show(false);
    }

    /** Says how many of theme, setting and role the search is filtered by ("Filters (1 chosen)"). */
    void count(StorySearchRequest request) {
        long chosen = Stream.of(request.theme(), request.setting(), request.role()).filter(v -> !v.isEmpty()).count();
        setText(chosen == 0 ? "Filters" : "Filters (" + chosen + " chosen)");
    }

    private void show(boolean open) {
        filters.setClassName(OPEN, open);
        getElement().setAttribute("aria-expanded", String.valueOf(open));
        setIcon((open ? VaadinIcon.ANGLE_UP : VaadinIcon.ANGLE_DOWN).create());
    }
}
