package org.lantern.stories.search;

/** Field names in the story index, in one place. */
final class StoryFields {

    static final String ID = "id";
    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    /** Title, summary and body together (stemmed): what a query must match. */
    static final String ALL = "all";
    /**
     * Every two neighbouring (stemmed) words of title, summary and body as one term ("safeti plan"):
     * a quoted phrase then becomes a lookup of its word pairs instead of a check of word positions.
     */
    static final String ALL_PAIRS = "all_pairs";
    /** Unstemmed words of the whole story: spelling corrections and word completions. */
    static final String WORDS = "words";
    /** Unstemmed words of the title: title suggestions while typing. */
    static final String TITLE_WORDS = "title_words";
    static final String THEME = "theme";
    static final String SETTING = "setting";
    static final String ROLE = "role";
    static final String PUBLISHED = "published";
    static final String CHANGED = "changed";
    /** The story id again, as a doc value, for reading every id quickly. */
    static final String ID_VALUE = "id_value";

    private StoryFields() {
    }
}
