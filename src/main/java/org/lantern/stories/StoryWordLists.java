package org.lantern.stories;

import lombok.RequiredArgsConstructor;

import org.lantern.base.content.ContentCatalogue;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblems;
import org.lantern.stories.search.StoryAnalysis;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The editable word lists behind story search and the de-identification check:
 * {@code content/search/synonyms.txt} (Solr synonym format), {@code related.txt} (related ideas, ranked below
 * the words typed), {@code first-names.txt} and
 * {@code place-names.txt}. A list with a problem is reported and its last good version stays live.
 */
@Component
@RequiredArgsConstructor
class StoryWordLists implements ContentCatalogue {

    static final String SYNONYMS = "search/synonyms.txt";
    static final String RELATED = "search/related.txt";
    static final String NAMES = "search/first-names.txt";
    static final String PLACES = "search/place-names.txt";

    private final StorySearchIndex index;
    private volatile PersonalDetailsCheck check = new PersonalDetailsCheck(java.util.Set.of(), List.of());
    private volatile int loaded;

    @Override
    public String title() {
        return "Story search and privacy word lists";
    }

    @Override
    public void load(ContentFiles files, ContentProblems problems) {
        int count = 0;
        Optional<ContentFile> related = files.getOrReport(RELATED, problems,
                "Missing: story search finds only the words typed and their synonyms until it is added.");
        Optional<ContentFile> synonyms = files.getOrReport(SYNONYMS, problems,
                "Missing: story search works without synonyms until it is added.");
        if (synonyms.isPresent()) {
            try {
                StoryAnalysis analysis = StoryAnalysis.withSynonyms(synonyms.get().text());
                count++;
                if (related.isPresent()) {
                    try {
                        analysis = StoryAnalysis.withSynonyms(synonyms.get().text(), related.get().text());
                        count++;
                    } catch (IllegalArgumentException e) {
                        problems.add(RELATED, 0, "Related ideas could not be read (" + e.getMessage()
                                + "). Each line is a group of words or phrases separated by commas.");
                    }
                }
                index.setAnalysis(analysis);
            } catch (IllegalArgumentException e) {
                problems.add(SYNONYMS, 0, "Synonyms could not be read (" + e.getMessage()
                        + "). Each line is a group of words separated by commas.");
            }
        }
        Optional<ContentFile> names = files.getOrReport(NAMES, problems,
                "Missing: the de-identification check cannot look for personal names.");
        Optional<ContentFile> places = files.getOrReport(PLACES, problems,
                "Missing: the de-identification check cannot look for your ward and hospital names.");
        PersonalDetailsCheck previous = check;
        check = new PersonalDetailsCheck(
                names.map(f -> new HashSet<>(PersonalDetailsCheck.parseList(f.text()))).map(java.util.Set::copyOf)
                        .orElse(java.util.Set.of()),
                places.map(f -> PersonalDetailsCheck.parseList(f.text())).orElse(List.of()));
        if (names.isEmpty() && places.isEmpty() && previous.nameCount() > 0) {
            check = previous;
        }
        count += (names.isPresent() ? 1 : 0) + (places.isPresent() ? 1 : 0);
        loaded = count;
    }

    @Override
    public int size() {
        return loaded;
    }

    PersonalDetailsCheck check() {
        return check;
    }
}
