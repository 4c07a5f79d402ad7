package org.lantern.stories.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.lantern.base.api.ApiException;
import org.lantern.base.security.Account;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryException;
import org.lantern.stories.StoryLibrary;
import org.lantern.stories.StoryTopics;
import org.lantern.stories.search.StoryCursor;
import org.lantern.stories.search.StorySearchRequest;
import org.lantern.stories.search.StorySearchResult;
import org.lantern.stories.search.StorySort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/stories} searches the story library; {@code GET /api/stories/{slug}} returns one
 * story the caller may read. Drafts and stories in review are never listed; unknown and
 * not-visible stories are both 404, so the API does not reveal that a draft exists.
 */
@RestController
@RequiredArgsConstructor
@Tag(name = "Stories", description = "The library of published practice stories.")
class StoriesController {

    static final int MAX_PAGE_DEPTH = 1000;

    private final StoryLibrary stories;

    record Hit(String slug, String title, String summary, String snippet, List<String> themes, String setting, String role,
               float score) {
    }

    record Page(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
    }

    record Story(String slug, String title, String summary, String body, String html, List<String> themes,
                 String setting, String role, String byline, LocalDate published, List<String> related) {
    }

    @Operation(summary = "Search the story library", description = "Words in `q` are matched in any form and with related "
            + "ideas; `theme`, `setting` and `role` narrow the search to one value each (the facets list the known ones). "
            + "`snippet` is HTML with the matched words in `<mark>`. Only the first 1000 results can be paged through.",
            responses = {@ApiResponse(responseCode = "200", description = "The page of hits, the total and the facets' counts."),
                    @ApiResponse(responseCode = "400", description = "An unknown facet value, a bad page or size, or a query too complex.")})
    @GetMapping("/api/stories")
    Page search(@Parameter(description = "Words to look for; empty lists every story.") @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "") String theme,
                @RequestParam(defaultValue = "") String setting, @RequestParam(defaultValue = "") String role,
                @Parameter(schema = @Schema(allowableValues = {"relevance", "newest"}, defaultValue = "relevance")) @RequestParam(defaultValue = "relevance") String sort,
                @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size) {
        if (page < 1 || size < 1 || size > 100) {
            throw ApiException.badRequest("page starts at 1 and size is between 1 and 100.");
        }
        if ((long) (page - 1) * size >= MAX_PAGE_DEPTH) {
            throw ApiException.badRequest("Only the first " + MAX_PAGE_DEPTH + " results can be paged through; narrow the search.");
        }
        StorySort order = switch (sort) {
            case "relevance" -> StorySort.RELEVANCE;
            case "newest" -> StorySort.NEWEST;
            default -> throw ApiException.badRequest("sort is relevance or newest.");
        };
        checkFacet("theme", theme);
        checkFacet("setting", setting);
        checkFacet("role", role);
        try {
            return page(new StorySearchRequest(q, theme, setting, role, order, size, null), page, size);
        } catch (StoryException tooComplex) {
            throw ApiException.badRequest(tooComplex.getMessage());
        }
    }

    private Page page(StorySearchRequest request, int page, int size) {
        String q = request.text();
        String theme = request.theme();
        String setting = request.setting();
        String role = request.role();
        StorySort order = request.sort();
        // later pages continue from the end of the hits before them (searchAfter), skipped in chunks of 100
        StoryCursor cursor = null;
        long skip = (long) (page - 1) * size;
        StorySearchResult result = null;
        while (skip > 0) {
            int chunk = (int) Math.min(100, skip);
            result = stories.search(new StorySearchRequest(q, theme, setting, role, order, chunk, cursor));
            cursor = result.next();
            skip -= chunk;
            if (cursor == null) {
                break;
            }
        }
        if (result == null || cursor != null) {
            result = stories.search(cursor == null ? request : request.after(cursor));
        }
        boolean beyondEnd = (long) (page - 1) * size >= result.total();
        List<Hit> hits = beyondEnd ? List.of() : result.hits().stream().map(h -> new Hit(h.slug(), h.title(), h.summary(),
                h.snippetHtml(), h.themes(), h.setting(), h.role(), h.score())).toList();
        return new Page(result.total(), hits, result.facets());
    }

    private static void checkFacet(String dimension, String value) {
        if (!value.isBlank() && !StoryTopics.values(dimension).contains(value.strip())) {
            throw ApiException.badRequest("Unknown " + dimension + " '" + value + "'. Known values: "
                    + String.join(", ", StoryTopics.values(dimension)) + ".");
        }
    }

    @Operation(summary = "One published story, with its text as Markdown (`body`) and HTML",
            responses = {@ApiResponse(responseCode = "200", description = "The story and the slugs of related stories."),
                    @ApiResponse(responseCode = "404", description = "No published story with that address "
                    + "(drafts and stories in review are never shown).")})
    @GetMapping("/api/stories/{slug}")
    Story story(@PathVariable String slug, Account account) {
        PracticeStory story = stories.read(account, slug).filter(PracticeStory::inLibrary)
                .orElseThrow(() -> ApiException.notFound("No published story with that address."));
        return new Story(story.slug(), story.title(), story.summary(), story.body(), story.html(), story.themes(),
                story.setting(), story.role(), story.byline(), story.publishedOn(),
                stories.related(story.slug()).stream().map(h -> h.slug()).toList());
    }
}
