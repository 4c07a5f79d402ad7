package org.lantern.stories.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Spelling correction for a search that found nothing. Corrections come only from words of live
 * stories: a removed (withdrawn) story's words stay in the term dictionary until its segment is
 * merged away, so every candidate is checked against live documents before it is offered.
 */
final class StorySpelling {

    private static final int MAX_CORRECTED_LENGTH = 40;
    private static final int MAX_CORRECTED_WORDS = 8;

    private StorySpelling() {
    }

    /** The text with misspelt words corrected, or null when there is nothing to correct. */
    static @Nullable String correct(StoryQueries queries, IndexReader reader, String text) throws IOException {
        return correct(queries, reader, text, Set.of());
    }

    /**
     * As {@link #correct(StoryQueries, IndexReader, String)}, leaving alone the words in {@code known}
     * (words the search found through a synonym or a related idea, though no story has them as typed).
     */
    static @Nullable String correct(StoryQueries queries, IndexReader reader, String text, Set<String> known) throws IOException {
        List<String> words = queries.tokens(StoryQueries.plainWords(text));
        if (words.size() > MAX_CORRECTED_WORDS) {
            // a typo is a word or two in a short search; checking every word of a long one costs too much
            return null;
        }
        // most typos are one letter out, and looking one edit away is much cheaper than two: try that first
        DirectSpellChecker oneEdit = new DirectSpellChecker();
        oneEdit.setMaxEdits(1);
        DirectSpellChecker twoEdits = new DirectSpellChecker();
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(StoryFields.WORDS, words.get(i));
            if (term.text().length() > MAX_CORRECTED_LENGTH || known.contains(term.text()) || LiveTerms.inLiveStory(reader, term)) {
                continue;
            }
            String better = liveSuggestion(oneEdit, term, reader);
            if (better == null) {
                better = liveSuggestion(twoEdits, term, reader);
            }
            if (better != null) {
                words.set(i, better);
                changed = true;
            }
        }
        return changed ? String.join(" ", words) : null;
    }

    private static @Nullable String liveSuggestion(DirectSpellChecker checker, Term term, IndexReader reader) throws IOException {
        // SUGGEST_ALWAYS: a word only removed stories held must still be corrected to a live one
        for (SuggestWord word : checker.suggestSimilar(term, 5, reader, SuggestMode.SUGGEST_ALWAYS)) {
            if (!word.string.equals(term.text()) && LiveTerms.inLiveStory(reader, new Term(term.field(), word.string))) {
                return word.string;
            }
        }
        return null;
    }
}
