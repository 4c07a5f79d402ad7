package org.lantern.stories;

import org.lantern.people.PeopleService;
import org.lantern.base.security.Account;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.LanternInstance;
import org.lantern.base.database.EmbeddedDatabase;
import org.lantern.stories.search.StorySearchRequest;
import org.lantern.TestPostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out: two Lantern instances on one PostgreSQL, each with its own story index, kept in step by
 * the database's change feed (LISTEN/NOTIFY), also after the listening connection is cut.
 */
class StoryChangeFeedTest {

    @TempDir
    Path folder;

    @Test
    void aStoryPublishedOrWithdrawnOnOneInstanceIsFoundOrGoneOnTheOtherWithinASecond() throws Exception {
        try (EmbeddedPostgres postgres = TestPostgres.builder().start()) {
            String[] external = {"spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres"};
            try (LanternInstance first = LanternInstance.start(folder.resolve("first"), with(external, "lantern.demo=true"));
                 LanternInstance second = LanternInstance.start(folder.resolve("second"), with(external, "lantern.demo=false"))) {
                // the external database is used: neither instance started an embedded one
                assertThat(folder.resolve("first").resolve(EmbeddedDatabase.PG_FOLDER)).doesNotExist();
                assertThat(folder.resolve("second").resolve(EmbeddedDatabase.PG_FOLDER)).doesNotExist();
                StoryLibrary onFirst = first.bean(StoryLibrary.class);
                StoryLibrary onSecond = second.bean(StoryLibrary.class);
                StoryWriting writingOnFirst = first.bean(StoryWriting.class);
                StoryWriting writingOnSecond = second.bean(StoryWriting.class);
                StoryModeration moderationOnFirst = first.bean(StoryModeration.class);
                StoryModeration moderationOnSecond = second.bean(StoryModeration.class);
                Account staff = first.bean(PeopleService.class).findByUsername("staff").orElseThrow();
                Account editor = first.bean(PeopleService.class).findByUsername("editor").orElseThrow();
                assertThat(onSecond.search(StorySearchRequest.of("")).total())
                        .isEqualTo(onFirst.search(StorySearchRequest.of("")).total()).isPositive();

                // arriving by notification on the live listening connection, not by a reconnect's catch-up: the
                // delays are printed as figures (a busy machine may stretch them), the route they took is asserted
                StoryChangeFeed feed = second.bean(StoryChangeFeed.class);
                StoryChangeFeed firstFeed = first.bean(StoryChangeFeed.class);
                await(() -> feed.connects() > 0 && firstFeed.connects() > 0); // each listens on a thread of its own
                long listening = feed.connects();
                PracticeStory story = writingOnFirst.submit(staff, null, StoryLifecycleTest.draft("Marrowdene", "marrowdene"), true);
                moderationOnFirst.approve(editor, story.id(), "");
                writingOnFirst.consentToPublish(staff, story.id(), EnumSet.of(Audience.LIBRARY));
                long published = System.nanoTime();
                long delay = await(() -> onSecond.search(StorySearchRequest.of("marrowdene")).total() == 1);
                System.out.printf("Scale-out: story published on one instance was searchable on the other after %d ms%n", delay);

                writingOnFirst.withdraw(staff, story.id());
                delay = await(() -> onSecond.search(StorySearchRequest.of("marrowdene")).total() == 0);
                System.out.printf("Scale-out: story withdrawn on one instance was gone on the other after %d ms%n", delay);
                assertThat(feed.connects()).as("both changes came by notification, without reconnecting").isEqualTo(listening);

                // the other way round, and after the second's listening connection was cut by the database
                long connects = feed.connects();
                long firstConnects = firstFeed.connects();
                try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                            + StoryChangeFeed.APPLICATION_NAME + "'");
                }
                PracticeStory other = writingOnSecond.submit(staff, null, StoryLifecycleTest.draft("Thistlecombe", "thistlecombe"), true);
                moderationOnSecond.approve(editor, other.id(), "");
                writingOnSecond.consentToPublish(staff, other.id(), EnumSet.of(Audience.LIBRARY));
                delay = await(() -> onFirst.search(StorySearchRequest.of("thistlecombe")).total() == 1);
                System.out.printf("Scale-out: after the listeners were disconnected, a story published on the second "
                        + "instance was searchable on the first after %d ms%n", delay);
                assertThat(delay).isLessThan(Duration.ofSeconds(10).toMillis());
                await(() -> feed.connects() > connects && firstFeed.connects() > firstConnects);
                long firstListening = firstFeed.connects();
                writingOnSecond.withdraw(staff, other.id());
                await(() -> onFirst.search(StorySearchRequest.of("thistlecombe")).total() == 0);
                assertThat(firstFeed.connects()).as("the withdrawal came by notification").isEqualTo(firstListening);
                assertThat(countListeners(postgres)).isEqualTo(2);
            }
        }
    }

    private static long countListeners(EmbeddedPostgres postgres) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                     + StoryChangeFeed.APPLICATION_NAME + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String[] with(String[] base, String more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + 1);
        all[base.length] = more;
        return all;
    }

    /** Waits up to 10 s for the condition and returns how long it took, in milliseconds. */
    static long await(BooleanSupplier condition) throws InterruptedException {
        long started = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - started > Duration.ofSeconds(10).toNanos()) {
                throw new AssertionError("not true after 10 s");
            }
            Thread.sleep(5);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }
}
