package org.lantern.stories.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Related ideas from {@code content/search/related.txt}: groups of words that are not the same thing
 * (those are synonyms) but that a story about one is likely to use for the other ("exhausted", "burnt
 * out", "respite"). A search for one also finds stories with the others, ranked below stories with the
 * word itself. Entries are kept as stemmed words, as the index holds them.
 */
final class RelatedTerms {

    static final RelatedTerms NONE = new RelatedTerms(Map.of(), 0);

    /** Stemmed entry (words joined by one space) to the other entries of its groups. */
    private final Map<String, Set<List<String>>> related;
    private final int groups;
    private final int longest;

    private RelatedTerms(Map<String, Set<List<String>>> related, int groups) {
        this.related = related;
        this.groups = groups;
        this.longest = related.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    /**
     * Parses the file: one group a line, entries separated by commas, {@code #} comments.
     *
     * @throws IllegalArgumentException naming the line of a group with fewer than two entries
     */
    static RelatedTerms parse(String text, Analyzer stemmed) {
        Map<String, Set<List<String>>> related = new HashMap<>();
        int groups = 0;
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<List<String>> entries = new ArrayList<>();
            for (String entry : l.split(",")) {
                List<String> words = words(stemmed, entry);
                if (!words.isEmpty() && !entries.contains(words)) {
                    entries.add(words);
                }
            }
            if (entries.size() < 2) {
                throw new IllegalArgumentException("line " + number + ": a group needs at least two words or phrases, "
                        + "separated by commas");
            }
            groups++;
            for (List<String> entry : entries) {
                Set<List<String>> others = related.computeIfAbsent(String.join(" ", entry), k -> new LinkedHashSet<>());
                entries.stream().filter(e -> !e.equals(entry)).forEach(others::add);
            }
        }
        return new RelatedTerms(Map.copyOf(related), groups);
    }

    static List<String> words(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(StoryFields.ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The entries related to a stemmed word or phrase (words joined by one space); empty when none. */
    Set<List<String>> of(String stemmed) {
        return related.getOrDefault(stemmed, Set.of());
    }

    /** The longest entry, in words, so a search knows how far to look for phrases. */
    int longest() {
        return longest;
    }

    int groups() {
        return groups;
    }
}
