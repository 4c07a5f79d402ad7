package org.lantern.stories;

import lombok.RequiredArgsConstructor;

import org.lantern.base.content.ContentCatalogue;
import org.lantern.base.content.ContentException;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblems;
import org.lantern.base.content.LastValidContent;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The composite stories shipped in {@code content/stories/}. Each file is validated (problems are
 * reported with file and line) and the valid ones are synced into the database by slug, which is
 * the source of truth; the search index follows the database.
 */
@Component
@RequiredArgsConstructor
class StoryCatalogue implements ContentCatalogue {

    private final StoryContentSync stories;
    private volatile int size;
    /** The last valid version of each shipped story, by slug: its outcome and discussion questions. */
    private final LastValidContent<ContentStory> bySlug = new LastValidContent<>();

    @Override
    public String title() {
        return "Practice stories";
    }

    @Override
    public void load(ContentFiles files, ContentProblems problems) {
        LastValidContent<ContentStory>.Reload reload = bySlug.reload(problems, null);
        List<ContentStory> valid = new ArrayList<>();
        Set<String> broken = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (ContentFile file : files.under("stories/", ".md")) {
            try {
                ContentStory story = StoryParser.parse(file);
                if (!seen.add(story.slug())) {
                    problems.add(file.path(), 0, "Another story file already uses the slug '" + story.slug() + "'; this one is skipped.");
                    continue;
                }
                valid.add(story);
            } catch (ContentException e) {
                problems.add(e.in(file.path()));
                broken.add(StoryParser.slugOf(file));
            }
        }
        problems.addAll(stories.syncContent(valid, broken));
        broken.forEach(slug -> reload.keepLastValid(slug, "stories/" + slug + ".md"));
        valid.forEach(story -> reload.put(story.slug(), story));
        reload.finish();
        size = valid.size();
    }

    /** The discussion questions of a shipped story, for reflective sessions; empty for stories written in the app. */
    public List<String> discussionQuestions(String slug) {
        return bySlug.get(slug).map(ContentStory::questions).orElse(List.of());
    }

    /** How a shipped story ends (good, mixed, harm or unresolved); empty for stories written in the app. */
    public Optional<String> outcome(String slug) {
        return bySlug.get(slug).map(ContentStory::outcome);
    }

    @Override
    public int size() {
        return size;
    }
}
