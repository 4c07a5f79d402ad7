package org.lantern.stories;

import org.lantern.base.content.ContentCatalogue;
import org.lantern.base.content.ContentException;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblems;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The composite stories shipped in {@code content/stories/}. Each file is validated (problems are
 * reported with file and line) and the valid ones are synced into the database by slug, which is
 * the source of truth; the search index follows the database.
 */
@Component
class StoryCatalogue implements ContentCatalogue {

    private final StoryService stories;
    private volatile int size;

    StoryCatalogue(StoryService stories) {
        this.stories = stories;
    }

    @Override
    public String title() {
        return "Practice stories";
    }

    @Override
    public void load(ContentFiles files, ContentProblems problems) {
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
        size = valid.size();
    }

    @Override
    public int size() {
        return size;
    }
}
