package org.lantern.stories.search;

import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The folder an index lives in on disk, e.g. {@code index/stories-v2} (the version is in the name: a
 * change of index format starts a new folder). Opening it removes the indexes of earlier versions
 * beside it and deletes a missing or damaged index, which the caller then builds from the database.
 */
public final class StoryIndexFolder {

    private static final Logger log = LoggerFactory.getLogger(StoryIndexFolder.class);

    private StoryIndexFolder() {
    }

    /**
     * An index opened from its folder.
     *
     * @param empty the folder held no readable index, so this one is new and empty: build it from the database
     */
    public record Opened(StoryIndex index, boolean empty) {
    }

    /** Opens the index in a folder (created if needed); a damaged one is deleted and started afresh. */
    public static Opened open(Path folder, StoryAnalysis analysis) throws IOException {
        Files.createDirectories(folder);
        deleteOlderVersions(folder);
        FSDirectory directory = FSDirectory.open(folder);
        boolean rebuild = !StoryIndex.isReadable(directory);
        if (rebuild) {
            directory.close();
            deleteFolder(folder);
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
        }
        return new Opened(new StoryIndex(directory, analysis), rebuild);
    }

    /** Indexes of earlier formats (stories-v1, ...) beside this one are derived data: remove them. */
    private static void deleteOlderVersions(Path folder) throws IOException {
        try (var siblings = Files.list(folder.getParent())) {
            for (Path old : siblings.filter(p -> p.getFileName().toString().matches("stories-v\\d+"))
                    .filter(p -> !p.equals(folder)).toList()) {
                deleteFolder(old);
                log.info("Removed the story index of an earlier version in {}", old);
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(folder)) {
            walk.forEach(paths::add);
        }
        paths.sort(Comparator.reverseOrder());
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
