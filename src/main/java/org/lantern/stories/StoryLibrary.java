package org.lantern.stories;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.stories.search.StoryHit;
import org.lantern.stories.search.StorySearchRequest;
import org.lantern.stories.search.StorySearchResult;
import org.lantern.stories.search.StorySearchTooComplex;
import org.lantern.stories.search.StorySort;
import org.lantern.stories.search.StorySuggestion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Reading practice stories: searching the library, suggestions and related stories, reading one
 * story (with the access rule in {@link StoryAccess}), a person's own stories and a story's history.
 * Only published stories whose author agreed to the library are searchable; drafts and stories in
 * review are visible to their author and to editors only.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StoryLibrary {

    private final StoryRepository repository;
    private final StorySearchIndex index;

    /**
     * Searches the library (published stories the authors agreed to share there).
     *
     * @throws StoryException with {@link StorySearchTooComplex#MESSAGE} for a search that would be
     *                        costly to run (a /regular expression/, many wildcards, very long, deeply nested...)
     */
    public StorySearchResult search(StorySearchRequest request) {
        try {
            return index.search(request);
        } catch (StorySearchTooComplex e) {
            throw new StoryException(e.getMessage());
        }
    }

    /**
     * A search of the library as a link asks for it: filter values that are not known themes,
     * settings or roles are ignored, and any order but "newest" is by relevance.
     */
    public StorySearchRequest request(String text, String theme, String setting, String role, String sort, int size) {
        return new StorySearchRequest(text, known("theme", theme), known("setting", setting), known("role", role),
                "newest".equals(sort) ? StorySort.NEWEST : StorySort.RELEVANCE, size, null);
    }

    private static String known(String dimension, String value) {
        return StoryTopics.values(dimension).contains(value) ? value : "";
    }

    /** Suggestions while typing: story titles and words (only the last few words typed count). */
    public List<StorySuggestion> suggest(String typed) {
        return typed == null || typed.isBlank() ? List.of() : index.suggest(typed, 6);
    }

    /** Library stories like this one. */
    public List<StoryHit> related(String slug) {
        return index.related(slug, 4);
    }

    /** The newest library stories. */
    @Transactional(readOnly = true)
    public List<PracticeStory> newest(int limit) {
        return repository.newestInLibrary(limit);
    }

    /**
     * A story if this person may read it: library stories for everyone signed in; its author always;
     * editors see a staff member's story only while it waits for review and once it is published
     * (never a draft, one sent back for changes, approved but not yet published, not accepted or
     * withdrawn), and the composite content stories in any state.
     */
    @Transactional(readOnly = true)
    public Optional<PracticeStory> read(Account reader, String slug) {
        return StoryAccess.readable(reader, repository.findBySlug(slug));
    }

    /** A story's page for this reader (see {@link StoryPage}), if they may read it (see {@link #read}). */
    @Transactional(readOnly = true)
    public Optional<StoryPage> page(Account reader, String slug) {
        Optional<PracticeStory> found = read(reader, slug);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PracticeStory story = found.get();
        boolean own = story.isAuthor(reader.id());
        StoryStatus status = story.status();
        boolean notInLibrary = !own && !story.inLibrary();
        return Optional.of(new StoryPage(story, own, own && status.editableByAuthor(), own && status == StoryStatus.APPROVED,
                own && status != StoryStatus.WITHDRAWN && status != StoryStatus.RETIRED,
                notInLibrary, notInLibrary && reader.hasRole(Role.EDITOR),
                story.inLibrary(), story.inLibrary() ? related(story.slug()) : List.of()));
    }

    /** Whether a story may be used for an audience now (e.g. by reflective sessions or training). */
    @Transactional(readOnly = true)
    public boolean usableFor(String slug, Audience audience) {
        return repository.findBySlug(slug).filter(s -> s.status() == StoryStatus.PUBLISHED && s.audiences().contains(audience))
                .isPresent();
    }

    /** A person's own stories, most recently changed first. */
    @Transactional(readOnly = true)
    public List<PracticeStory> mine(Account author) {
        return repository.findByAuthor(author.id());
    }

    /** The audit trail, for the author, and for editors while they may read the story. */
    @Transactional(readOnly = true)
    public List<StoryDecision> history(Account account, long storyId) {
        PracticeStory story = repository.findById(storyId).orElseThrow(() -> new StoryException("That story no longer exists."));
        if ((!account.hasRole(Role.EDITOR) && !story.isAuthor(account.id())) || !StoryAccess.mayRead(account, story)) {
            throw new StoryException("Only editors and the author can see a story's history.");
        }
        return repository.decisions(storyId);
    }
}
