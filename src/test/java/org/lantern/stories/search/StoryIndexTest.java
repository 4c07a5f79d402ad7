package org.lantern.stories.search;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The search index on its own, in memory: analysis, ranking, facets, snippets, paging, suggestions. */
class StoryIndexTest {

    private StoryIndex index;

    static StoryAnalysis shippedAnalysis() throws IOException {
        return StoryAnalysis.withSynonyms(Files.readString(Path.of("content/search/synonyms.txt")),
                Files.readString(Path.of("content/search/related.txt")));
    }

    static IndexedStory story(long id, String title, String body, List<String> themes, String setting, String role,
                              String published) {
        return new IndexedStory(id, "story-" + id, title, "Summary of story " + id + ".", body, themes, setting, role,
                LocalDate.parse(published), id);
    }

    @BeforeEach
    void setUp() throws IOException {
        index = new StoryIndex(new ByteBuffersDirectory(), shippedAnalysis());
        index.upsert(story(1, "The bus pass", "He had not travelled alone for years. We planned the route together and he "
                + "kept a card in his wallet. His recovery began with small trips.", List.of("recovery", "positive-risk-taking"),
                "community-mental-health-team", "support-worker", "2024-02-12"));
        index.upsert(story(2, "Choosing my own personal assistant", "With my personal budget I interviewed people myself. "
                + "Supporting me to choose mattered more than anything.", List.of("self-directed-support"),
                "own-home", "person-using-services", "2025-05-01"));
        index.upsert(story(3, "A quiet night on the ward", "The patient asked to walk in the garden. The nurses weighed "
                + "the risk with him and agreed a plan. Recovery felt possible on the ward that night.",
                List.of("recovery", "safety-planning"), "inpatient-ward", "nurse", "2025-09-30"));
        index.upsert(story(4, "Recovery at the college", "I signed up for a course about wellbeing and met people who "
                + "understood. My carer came with me the first time.", List.of("recovery", "hope"), "recovery-college",
                "person-using-services", "2023-01-10"));
        index.upsert(story(5, "Stepping back", "The risk enablement plan meant we stopped doing things for her. "
                + "Her sister, her unpaid carer, helped write it.", List.of("positive-risk-taking", "carers-and-families"),
                "supported-living", "support-worker", "2026-03-03"));
        index.refresh();
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    private List<String> slugs(String text) throws IOException {
        return index.search(StorySearchRequest.of(text)).hits().stream().map(StoryHit::slug).toList();
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() throws IOException {
        assertThat(slugs("supported")).containsExactly("story-2");
        assertThat(slugs("travelling")).containsExactly("story-1");
        assertThat(slugs("nurse")).containsExactly("story-3");
    }

    @Test
    void synonymsFromTheShippedFileFindStoriesThatUseAnotherWord() throws IOException {
        assertThat(slugs("pa")).containsExactly("story-2");
        assertThat(slugs("positive risk-taking")).containsExactly("story-5");
        assertThat(slugs("service user")).containsExactly("story-3");
        assertThat(slugs("family carer")).containsExactlyInAnyOrder("story-4", "story-5");
    }

    @Test
    void termsTheLessonsTeachAsDifferentAreNotSynonyms() throws IOException {
        // a personal budget is the money, a direct payment one way to take it, self-directed support the approach
        assertThat(slugs("\"direct payment\"")).isEmpty();
        assertThat(slugs("\"self-directed support\"")).isEmpty();
        assertThat(slugs("\"personal budget\"")).containsExactly("story-2");
        index.upsert(story(7, "A new care coordinator", "The care coordinator rang to say she was taking over.",
                List.of("recovery"), "community-mental-health-team", "nurse", "2024-06-01"));
        index.upsert(story(8, "My key worker", "My key worker and I baked bread on Tuesdays.",
                List.of("recovery"), "supported-living", "person-using-services", "2024-07-01"));
        index.refresh();
        assertThat(slugs("\"care coordinator\"")).containsExactly("story-7");
        assertThat(slugs("\"care co-ordinator\"")).containsExactly("story-7");
        assertThat(slugs("\"key worker\"")).containsExactly("story-8");
        assertThat(slugs("keyworker")).containsExactly("story-8");
    }

    @Test
    void aMisspeltWordIsCorrectedFromTheStoriesVocabulary() throws IOException {
        StorySearchResult result = index.search(StorySearchRequest.of("recovry"));
        assertThat(result.correctedText()).isEqualTo("recovery");
        assertThat(result.hits()).extracting(StoryHit::slug).containsExactlyInAnyOrder("story-1", "story-3", "story-4");
        assertThat(index.search(StorySearchRequest.of("recovery")).correctedText()).isNull();
    }

    @Test
    void quotedPhrasesMatchOnlyTheWordsInThatOrder() throws IOException {
        assertThat(slugs("\"small trips\"")).containsExactly("story-1");
        assertThat(slugs("\"trips small\"")).isEmpty();
        assertThat(slugs("\"personal budget\"")).containsExactly("story-2");
        // longer phrases: every word pair must be there, and in this order
        assertThat(slugs("\"began with small trips\"")).containsExactly("story-1");
        assertThat(slugs("\"began with trips\"")).isEmpty();
        assertThat(slugs("\"with small\" \"small trips\"")).containsExactly("story-1");
        // a phrase never runs from the title into the summary or body
        assertThat(slugs("\"pass summary\"")).isEmpty();
        assertThat(slugs("\"bus pass\"")).containsExactly("story-1");
    }

    @Test
    void phrasesAreLookedUpAsWordPairs() {
        Query query = index.parse("\"safety plan\"");
        assertThat(query.toString()).contains("all_pairs:safeti plan").doesNotContain("all:\"safeti plan\"");
        Query longer = index.parse("\"began with small trips\"");
        assertThat(longer.toString()).contains("all_pairs:began with", "all_pairs:with small", "all_pairs:small trip",
                "all:\"began with small trip\"");
    }

    @Test
    void aTitleMatchRanksAboveBodyOnlyMatches() throws IOException {
        assertThat(slugs("recovery").getFirst()).isEqualTo("story-4");
        assertThat(slugs("ward").getFirst()).isEqualTo("story-3");
    }

    @Test
    void facetsCountMatchesAndFiltersNarrowThem() throws IOException {
        StorySearchResult all = index.search(StorySearchRequest.of(""));
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.facets().get("theme")).containsEntry("recovery", 3).containsEntry("positive-risk-taking", 2);
        assertThat(all.facets().get("role")).containsEntry("support-worker", 2).containsEntry("person-using-services", 2);
        StorySearchResult filtered = index.search(new StorySearchRequest("", "recovery", "", "person-using-services",
                StorySort.RELEVANCE, 10, null));
        assertThat(filtered.hits()).extracting(StoryHit::slug).containsExactly("story-4");
        assertThat(filtered.facets().get("setting")).containsExactly(java.util.Map.entry("recovery-college", 1));
    }

    @Test
    void anEmptyQueryListsNewestFirstAndPagesWithACursor() throws IOException {
        StorySearchResult first = index.search(new StorySearchRequest("", "", "", "", StorySort.RELEVANCE, 2, null));
        assertThat(first.hits()).extracting(StoryHit::slug).containsExactly("story-5", "story-3");
        assertThat(first.next()).isNotNull();
        StorySearchResult second = index.search(new StorySearchRequest("", "", "", "", StorySort.RELEVANCE, 2, first.next()));
        assertThat(second.hits()).extracting(StoryHit::slug).containsExactly("story-2", "story-1");
        StorySearchResult third = index.search(new StorySearchRequest("", "", "", "", StorySort.RELEVANCE, 2, second.next()));
        assertThat(third.hits()).extracting(StoryHit::slug).containsExactly("story-4");
        assertThat(third.next()).isNull();
    }

    @Test
    void newestSortOrdersMatchesByDate() throws IOException {
        StorySearchResult result = index.search(new StorySearchRequest("recovery", "", "", "", StorySort.NEWEST, 10, null));
        assertThat(result.hits()).extracting(StoryHit::slug).containsExactly("story-3", "story-1", "story-4");
    }

    @Test
    void snippetsMarkTheMatchedWordsAndEscapeEverythingElse() throws IOException {
        index.upsert(story(6, "Markup", "She wrote <b>bold</b> & <script>alert(1)</script> about her garden allotment.",
                List.of("hope"), "supported-living", "carer", "2020-01-01"));
        index.refresh();
        StoryHit hit = index.search(StorySearchRequest.of("allotment")).hits().getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>allotment</mark>").contains("&lt;script&gt;")
                .doesNotContain("<script>").doesNotContain("<b>");
        StoryHit synonym = index.search(StorySearchRequest.of("positive risk-taking")).hits().getFirst();
        // neighbouring words matched through a synonym are marked together
        assertThat(synonym.snippetHtml()).contains("<mark>risk enablement</mark>");
        StoryHit phrase = index.search(StorySearchRequest.of("\"personal budget\"")).hits().getFirst();
        assertThat(phrase.snippetHtml()).contains("<mark>personal budget</mark>");
    }

    @Test
    void malformedQueriesFallBackToPlainWords() throws IOException {
        assertThat(slugs("\"bus pass")).containsExactly("story-1");
        assertThat(slugs("(garden AND")).containsExactly("story-3");
        assertThat(slugs("wallet)) OR [")).containsExactly("story-1");
        assertThat(slugs("*")).hasSize(5);
        assertThat(slugs("-ward")).doesNotContain("story-3").hasSize(4);
    }

    @Test
    void aStoryNeedsOnlySomeOfTheWordsAndMoreOfThemRankHigher() throws IOException {
        // "someone" is in no story: it neither hides the story nor stops the search
        StorySearchResult result = index.search(StorySearchRequest.of("someone planned small trips on the bus"));
        assertThat(result.hits().getFirst().slug()).isEqualTo("story-1");
        assertThat(result.unknownWords()).containsExactly("someone");
        assertThat(slugs("garden wallet")).containsExactlyInAnyOrder("story-1", "story-3");
        // of three words the library knows, a story needs two; more of them rank higher
        assertThat(slugs("walk garden wallet")).containsExactly("story-3");
        assertThat(slugs("walk garden plan")).containsExactly("story-3");
    }

    @Test
    void littleWordsNeitherFindNorHideAStory() throws IOException {
        // "the", "with", "and" are in every story; only "wallet" decides what is found
        assertThat(slugs("the wallet with the card and")).containsExactly("story-1");
        assertThat(index.search(StorySearchRequest.of("the wallet with the card and")).unknownWords()).isEmpty();
    }

    @Test
    void wordsNextToEachOtherInTheStoryRankAboveTheSameWordsApart() throws IOException {
        index.upsert(story(11, "Notes", "Small steps mattered. Later the trips got longer.", List.of("recovery"),
                "supported-living", "nurse", "2026-01-01"));
        index.upsert(story(12, "Notes again", "We made small trips to the shop every week.", List.of("recovery"),
                "supported-living", "nurse", "2020-01-01"));
        index.refresh();
        List<String> found = slugs("small trips shop");
        assertThat(found.indexOf("story-12")).isLessThan(found.indexOf("story-11"));
    }

    @Test
    void relatedIdeasFindAStoryThatUsesAnotherWordRankedBelowTheWordItself() throws IOException {
        index.upsert(story(21, "Sunday mornings", "Going to church on Sunday kept him steady.", List.of("recovery"),
                "inpatient-ward", "nurse", "2024-01-01"));
        index.upsert(story(22, "What faith meant", "His faith kept him steady.", List.of("recovery"),
                "inpatient-ward", "nurse", "2024-01-01"));
        index.refresh();
        assertThat(slugs("faith")).containsExactly("story-22", "story-21");
        List<StoryHit> hits = index.search(StorySearchRequest.of("faith")).hits();
        assertThat(hits.get(0).snippetHtml()).as("the word itself is marked").contains("<mark>faith</mark>");
        assertThat(hits.get(1).snippetHtml()).as("a story with only a related idea has that marked")
                .contains("<mark>church</mark>");
        assertThat(slugs("\"faith\"")).as("quoted: the word itself only").containsExactly("story-22");
    }

    @Test
    void aPhraseTypedCountsInTheTitleOnlyAsThatPhrase() throws IOException {
        // "says no" is one idea: a title with "no" in it is not about saying no
        index.upsert(story(23, "No more Sundays", "He refused the day centre.", List.of("recovery"),
                "inpatient-ward", "nurse", "2024-01-01"));
        index.upsert(story(24, "Listening first", "When she says no to a visit, we ask what would help, and we write down what she tells us, "
                + "so that the next person who visits knows it too and does not have to ask her all over again.", List.of("recovery"),
                "inpatient-ward", "nurse", "2024-01-01"));
        index.refresh();
        assertThat(slugs("he says no")).startsWith("story-24", "story-23");
    }

    @Test
    void whenNoStoryHasAllTheWordsTheClosestAreShownWithAShorterSearch() throws IOException {
        StorySearchResult result = index.search(StorySearchRequest.of("garden wallet nurses"));
        assertThat(result.closest()).isTrue();
        assertThat(result.hits()).extracting(StoryHit::slug).containsExactly("story-3");
        assertThat(result.hits().getFirst().snippetHtml()).contains("<mark>garden</mark>", "<mark>nurses</mark>");
        assertThat(result.shorterSearch()).isEqualTo("garden nurses");
        StorySearchResult shorter = index.search(StorySearchRequest.of(result.shorterSearch()));
        assertThat(shorter.closest()).isFalse();
        assertThat(shorter.shorterSearch()).isNull();
        // two words no story has together: each is shown, the first with a search it answers whole
        StorySearchResult apart = index.search(StorySearchRequest.of("garden wallet"));
        assertThat(apart.closest()).isTrue();
        assertThat(apart.shorterSearch()).isIn("garden", "wallet");
    }

    @Test
    void exclusionsAndPhrasesStillHoldAroundWords() throws IOException {
        assertThat(slugs("recovery -ward")).doesNotContain("story-3").contains("story-1", "story-4");
        assertThat(slugs("\"small trips\" wallet garden")).containsExactly("story-1");
    }

    @Test
    void aTypoBesideKnownWordsIsCorrected() throws IOException {
        StorySearchResult result = index.search(StorySearchRequest.of("wallet travled"));
        assertThat(result.correctedText()).isEqualTo("wallet travelled");
        assertThat(result.hits().getFirst().slug()).isEqualTo("story-1");
    }

    @Test
    void upsertReplacesAndDeleteRemoves() throws IOException {
        index.upsert(story(1, "The bus pass, retold", "Completely different words now.", List.of("hope"),
                "community-mental-health-team", "support-worker", "2024-02-12"));
        index.delete(2);
        index.refresh();
        assertThat(index.size()).isEqualTo(4);
        assertThat(slugs("wallet")).isEmpty();
        assertThat(slugs("retold")).containsExactly("story-1");
        assertThat(slugs("budget")).isEmpty();
        assertThat(index.changedById()).containsOnlyKeys(1L, 3L, 4L, 5L);
    }

    @Test
    void suggestionsOfferTitlesAndWordsWhileTyping() throws IOException {
        List<StorySuggestion> titles = index.suggest("bus p", 5);
        assertThat(titles).extracting(StorySuggestion::text).contains("The bus pass");
        assertThat(titles.getFirst().slug()).isEqualTo("story-1");
        List<StorySuggestion> words = index.suggest("wallet recov", 5);
        assertThat(words).extracting(StorySuggestion::text).contains("wallet recovery");
        assertThat(index.suggest("", 5)).isEmpty();
    }

    @Test
    void relatedStoriesShareVocabularyAndNeverIncludeTheStoryItself() throws IOException {
        List<StoryHit> related = index.related("story-3", 3);
        assertThat(related).extracting(StoryHit::slug).doesNotContain("story-3").isNotEmpty();
        assertThat(index.related("no-such-story", 3)).isEmpty();
    }
}
