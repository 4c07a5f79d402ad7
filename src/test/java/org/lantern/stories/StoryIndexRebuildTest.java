package org.lantern.stories;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.stories.search.StorySearchRequest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The index is derived data: deleted, damaged or out of date, it is rebuilt from the database. */
@LanternTest
class StoryIndexRebuildTest {

    @Autowired
    PeopleService people;

    @Autowired
    StorySearchIndex index;
    @Autowired
    StoryLibrary library;
    @Autowired
    StoryWriting writing;
    @Autowired
    StoryModeration moderation;

    @AfterEach
    void open() {
        index.start();
    }

    private long libraryInDatabase() {
        return library.newest(100_000).size();
    }

    @Test
    void deletingTheIndexFolderAndRestartingFindsEveryStoryAgain() throws IOException {
        long expected = libraryInDatabase();
        assertThat(expected).isGreaterThanOrEqualTo(57);
        index.stop();
        deleteFolder(index.folder());
        assertThat(index.folder()).doesNotExist();
        index.start();
        assertThat(index.folder()).isDirectory();
        assertThat(library.search(StorySearchRequest.of("")).total()).isEqualTo(expected);
        assertThat(library.search(StorySearchRequest.of("\"bus pass\"")).hits()).extracting(h -> h.slug()).contains("a-the-bus-pass");
    }

    @Test
    void anIndexOfAnEarlierFormatIsRemovedAtStart() throws IOException {
        index.stop();
        Path older = index.folder().resolveSibling("stories-v1");
        Files.createDirectories(older);
        Files.writeString(older.resolve("_0.cfs"), "an index in an older format");
        index.start();
        assertThat(older).doesNotExist();
        assertThat(index.folder()).isDirectory();
        assertThat(library.search(StorySearchRequest.of("")).total()).isEqualTo(libraryInDatabase());
    }

    @Test
    void aDamagedIndexIsRebuilt() throws IOException {
        long expected = libraryInDatabase();
        index.stop();
        try (var files = Files.list(index.folder())) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, new byte[]{1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        index.start();
        assertThat(library.search(StorySearchRequest.of("")).total()).isEqualTo(expected);
        assertThat(library.search(StorySearchRequest.of("recovery")).total()).isPositive();
    }

    @Test
    void anIndexWithOneByteFlippedOrOneFileMissingIsRebuilt() throws IOException {
        long expected = libraryInDatabase();
        index.stop();
        // bit rot in the middle of the biggest data file: the segments list still reads fine
        Path biggest;
        try (var files = Files.list(index.folder())) {
            biggest = files.filter(f -> !f.getFileName().toString().startsWith("segments")
                            && !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(biggest);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(biggest, bytes);
        index.start();
        assertThat(library.search(StorySearchRequest.of("")).total()).isEqualTo(expected);

        // a data file lost (e.g. a partial copy of the data folder)
        index.stop();
        try (var files = Files.list(index.folder())) {
            Path lost = files.filter(f -> f.getFileName().toString().matches(".*\\.(cfs|si|fdt|doc)$")).findFirst().orElseThrow();
            Files.delete(lost);
        }
        index.start();
        assertThat(library.search(StorySearchRequest.of("")).total()).isEqualTo(expected);
        assertThat(library.search(StorySearchRequest.of("\"bus pass\"")).hits()).extracting(h -> h.slug()).contains("a-the-bus-pass");
    }

    @Test
    void changesMadeWhileTheIndexWasClosedAreCaughtUpAtStart() {
        PracticeStory story = writing.submit(account("staff"), null, StoryLifecycleTest.draft("Heronsgate", "heronsgate"), true);
        moderation.approve(account("editor"), story.id(), "");
        writing.consentToPublish(account("staff"), story.id(), java.util.EnumSet.of(Audience.LIBRARY));
        assertThat(library.search(StorySearchRequest.of("heronsgate")).total()).isEqualTo(1);
        index.stop();
        writing.withdraw(account("staff"), story.id());
        index.start();
        assertThat(library.search(StorySearchRequest.of("heronsgate")).total()).isZero();
        assertThat(library.search(StorySearchRequest.of("")).total()).isEqualTo(libraryInDatabase());
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                Files.delete(p);
            }
        }
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
