package org.lantern.stories;

import lombok.RequiredArgsConstructor;

import org.lantern.base.content.ContentProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the composite stories in the database in line with the content files (for
 * {@link StoryCatalogue}); every change is in the story's history as made by "Content files".
 */
@Service
@RequiredArgsConstructor
class StoryContentSync {

    private static final String CONTENT_FILES = "Content files";

    private final StoryRepository repository;
    private final StoryContentRepository batches;
    private final ApplicationEventPublisher events;

    /**
     * Brings the content stories in the database in line with the files: new ones added, changed
     * ones updated (audited), ones whose file was removed retired. Stories whose file is broken are
     * left as they were.
     */
    @Transactional
    List<ContentProblem> syncContent(List<ContentStory> stories, Set<String> brokenSlugs) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, PracticeStory> existing = repository.contentStories();
        Set<String> inFiles = new HashSet<>();
        Set<Long> changed = new LinkedHashSet<>();
        List<ContentStory> added = new ArrayList<>();
        for (ContentStory story : stories) {
            inFiles.add(story.slug());
            PracticeStory current = existing.get(story.slug());
            if (current == null) {
                added.add(story);
            } else if (update(current, story)) {
                changed.add(current.id());
            }
        }
        Set<String> taken = added.isEmpty() ? Set.of() : batches.slugsInUse(added.stream().map(ContentStory::slug).toList());
        for (ContentStory story : added) {
            if (taken.contains(story.slug())) {
                problems.add(new ContentProblem("stories/" + story.slug() + ".md", 0,
                        "A story written in the app already uses the slug '" + story.slug() + "'. Rename the file."));
            }
        }
        Collection<Long> addedIds = batches.insertContent(added.stream().filter(s -> !taken.contains(s.slug())).toList()).values();
        batches.insertDecisions(addedIds, CONTENT_FILES, "Added from the content files");
        changed.addAll(addedIds);
        for (PracticeStory current : existing.values()) {
            if (!inFiles.contains(current.slug()) && !brokenSlugs.contains(current.slug()) && current.status() != StoryStatus.RETIRED) {
                repository.setStatus(current.id(), StoryStatus.RETIRED, "");
                repository.insertDecision(current.id(), null, CONTENT_FILES, "Retired: its file was removed", "", Map.of());
                changed.add(current.id());
            }
        }
        if (!changed.isEmpty()) {
            // one event for the whole sync: the index applies it in one refresh
            events.publishEvent(new StoryChanged(changed));
        }
        return problems;
    }

    /** Updates a story whose file changed (audited); whether it changed. */
    private boolean update(PracticeStory current, ContentStory story) {
        Map<String, StoryDecision.Change> changes = StoryDrafts.diff(current.draft(), story.text());
        if (current.status() != story.status()) {
            changes.put("status", new StoryDecision.Change(current.status().key(), story.status().key()));
        }
        if (!Objects.equals(current.publishedOn(), story.published())) {
            changes.put("published", new StoryDecision.Change(String.valueOf(current.publishedOn()), String.valueOf(story.published())));
        }
        if (changes.isEmpty()) {
            return false;
        }
        repository.updateContent(current.id(), story.text(), story.status(), story.published());
        repository.insertDecision(current.id(), null, CONTENT_FILES, "Updated from the content files", "", changes);
        return true;
    }
}
