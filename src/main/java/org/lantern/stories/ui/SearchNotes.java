package org.lantern.stories.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.lantern.stories.search.StorySearchRequest;
import org.lantern.stories.search.StorySearchResult;

import java.util.stream.Collectors;

/**
 * What the story library says above its results: how many stories were found, and when the search
 * was not answered as typed, why (a spelling correction, words no story uses, no story with every word)
 * with a shorter search to try. Never a bare "no stories".
 */
final class SearchNotes {

    private SearchNotes() {
    }

    /** The count line, read out by screen readers when it changes. */
    static String summary(StorySearchRequest request, StorySearchResult result) {
        String count = result.total() == 1 ? "1 story" : result.total() + " stories";
        if (result.correctedText() != null) {
            return "Showing " + count + " for " + quoted(result.correctedText()) + " instead of " + quoted(request.text()) + ".";
        }
        if (request.text().isEmpty()) {
            return count + " in the library, newest first.";
        }
        if (result.closest()) {
            return "No story has all of your words. Showing " + (result.total() == 1 ? "the closest story"
                    : "the " + result.total() + " closest stories") + "; the words they have are marked.";
        }
        return count + " found.";
    }

    /** Notes under the count, and a shorter search to try; empty when there is nothing to add. */
    static Div notes(StorySearchRequest request, StorySearchResult result, String sort) {
        Div notes = new Div();
        notes.addClassName("lantern-search-notes");
        if (!result.unknownWords().isEmpty()) {
            String words = result.unknownWords().stream().map(SearchNotes::quoted).collect(Collectors.joining(", "));
            notes.add(new Paragraph(result.unknownWords().size() == 1
                    ? "No story uses " + words + ", so the search went on without it."
                    : "No story uses " + words + ", so the search went on without them."));
        }
        if (result.shorterSearch() != null) {
            Anchor shorter = new Anchor(StoryLinks.search(result.shorterSearch(), request.theme(), request.setting(),
                    request.role(), sort), result.shorterSearch());
            notes.add(new Paragraph(new Span("Try a shorter search: "), shorter));
        }
        if (result.total() == 0) {
            notes.add(new Paragraph(request.theme().isEmpty() && request.setting().isEmpty() && request.role().isEmpty()
                    ? "Try other words: what happened, who was involved, or the setting."
                    : "Try other words, or remove a filter."));
        }
        notes.setVisible(notes.getComponentCount() > 0);
        return notes;
    }

    private static String quoted(String text) {
        return "\u201C" + text + "\u201D";
    }
}
