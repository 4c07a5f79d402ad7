package org.lantern.stories.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lantern.base.ui.Texts;
import org.lantern.stories.StoryException;
import org.lantern.stories.StoryLibrary;
import org.lantern.stories.search.StoryCursor;
import org.lantern.stories.search.StorySearchRequest;
import org.lantern.stories.search.StorySearchResult;
import org.lantern.stories.search.StorySort;
import org.lantern.stories.search.StorySuggestion;

/** The story library: search with suggestions, facet filters with counts, sort and "show more". */
@Route("stories")
@PageTitle("Practice stories | Lantern")
@Menu(title = "Story library", order = 200, icon = "vaadin:book")
@PermitAll
public class StoriesView extends Div implements BeforeEnterObserver {

    private static final int PAGE = 10;

    private final StoryLibrary stories;
    private final TextField searchField = new TextField("Search stories");
    private final UnorderedList suggestions = new UnorderedList();
    private final Select<StorySort> sort = new Select<>();
    private final StoryFilters facets = new StoryFilters();
    private final Paragraph summary = new Paragraph();
    private final Div results = new Div();
    private final Button more = new Button("Show more stories");
    private final FiltersToggle filtersToggle = new FiltersToggle(facets);
    private StorySearchRequest request = StorySearchRequest.of("");
    private @Nullable StoryCursor next;

    StoriesView(StoryLibrary stories) {
        this.stories = stories;
        addClassNames("lantern-page", "lantern-story-search");
        add(new H1("Practice stories"), createIntro(), createSearchBar());
        summary.addClassName("lantern-result-count");
        summary.getElement().setAttribute("role", "status");
        results.addClassName("lantern-results");
        more.addClickListener(e -> showMore());
        Div main = new Div(results, more);
        main.addClassName("lantern-results-column");
        // on a phone the count and the "Filters" button share one line above the results, and the filters open
        // from that button; on wider screens the filters sit beside the results
        Div layout = new Div(summary, filtersToggle, facets, main);
        layout.addClassName("lantern-library");
        add(layout);
    }

    private Component createIntro() {
        Paragraph intro = new Paragraph("Accounts from staff, people using services and carers of what recovery-focused "
                + "practice looks like. Search in your own words: similar words and small spelling slips are understood. "
                + "Put \"words in quotes\" to find an exact phrase.");
        intro.addClassName("lantern-library-intro");
        Anchor write = new Anchor("stories/write", "Write a story");
        Anchor mine = new Anchor("stories/mine", "Your stories");
        Div links = new Div(write, mine);
        links.addClassName("lantern-toolbar");
        return new Div(intro, links);
    }

    private Component createSearchBar() {
        searchField.setPlaceholder("For example: carers, \"safety plan\", personal budget");
        searchField.setPrefixComponent(VaadinIcon.SEARCH.create());
        searchField.setClearButtonVisible(true);
        searchField.setValueChangeMode(ValueChangeMode.LAZY);
        searchField.setValueChangeTimeout(250);
        searchField.addValueChangeListener(e -> { if (e.isFromClient()) { showSuggestions(e.getValue()); } });
        searchField.addKeyDownListener(Key.ENTER, e -> go(searchField.getValue(), request.theme(), request.setting(), request.role()));
        searchField.addClassName("lantern-search-field");
        Button search = new Button("Search", e -> go(searchField.getValue(), request.theme(), request.setting(), request.role()));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sort.setLabel("Order");
        sort.addClassName("lantern-sort");
        sort.setItems(StorySort.values());
        sort.setItemLabelGenerator(s -> s == StorySort.NEWEST ? "Newest first" : "Most relevant first");
        sort.setValue(StorySort.RELEVANCE);
        sort.addValueChangeListener(e -> { if (e.isFromClient()) { go(request.text(), request.theme(), request.setting(), request.role()); } });
        suggestions.addClassName("lantern-suggestions");
        suggestions.getElement().setAttribute("aria-label", "Suggestions");
        suggestions.setVisible(false);
        Div bar = new Div(searchField, search, sort);
        bar.addClassName("lantern-toolbar");
        return new Div(bar, suggestions);
    }

    private void showSuggestions(String typed) {
        suggestions.removeAll();
        for (StorySuggestion s : stories.suggest(typed)) {
            Anchor link = s.slug() != null ? new Anchor(StoryLinks.story(s.slug()), s.text())
                    : new Anchor(StoryLinks.search(s.text(), request.theme(), request.setting(), request.role(), sortKey()),
                    "Search for \u201C" + s.text() + "\u201D");
            suggestions.add(new ListItem(link));
        }
        suggestions.setVisible(suggestions.getComponentCount() > 0);
    }

    private void go(String q, String theme, String setting, String role) {
        String link = StoryLinks.search(q, theme, setting, role, sortKey());
        int query = link.indexOf('?');
        UI.getCurrent().navigate("stories", query < 0 ? QueryParameters.empty() : QueryParameters.fromString(link.substring(query + 1)));
    }

    private String sortKey() {
        return sort.getValue() == StorySort.NEWEST ? "newest" : "";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        summary.removeClassName("lantern-error");
        request = stories.request(param(params, "q"), param(params, "theme"), param(params, "setting"), param(params, "role"),
                param(params, "sort"), PAGE);
        searchField.setValue(param(params, "q"));
        setClassName("lantern-searching", !request.text().isEmpty()); // a phone then shows results sooner
        sort.setValue(request.sort());
        suggestions.setVisible(false);
        results.removeAll();
        StorySearchResult result;
        try {
            result = stories.search(request);
        } catch (StoryException tooComplex) {
            showRefused(tooComplex.getMessage());
            return;
        }
        facets.show(request, result, sortKey());
        filtersToggle.count(request);
        filtersToggle.setVisible(true);
        showSummary(result);
        showHits(result);
    }

    /** A search that cannot be run (too complex): the reason, and nothing else. */
    private void showRefused(String message) {
        facets.removeAll();
        filtersToggle.setVisible(false);
        next = null;
        more.setVisible(false);
        summary.setText(message);
        summary.addClassName("lantern-error");
    }

    private static String param(QueryParameters params, String name) {
        return params.getSingleParameter(name).orElse("");
    }

    private void showMore() {
        if (next != null) {
            showHits(stories.search(request.after(next)));
        }
    }

    private void showHits(StorySearchResult result) {
        result.hits().forEach(hit -> results.add(new StoryCard(hit)));
        next = result.next();
        more.setVisible(next != null);
    }

    private void showSummary(StorySearchResult result) {
        summary.setText(SearchNotes.summary(request, result));
        results.add(SearchNotes.notes(request, result, sortKey()));
    }
}
