package org.lantern.base.backup;

import org.lantern.people.PeopleService;
import org.lantern.base.security.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.LanternInstance;
import org.lantern.audit.AuditVerifyCommand;
import org.lantern.base.database.EmbeddedDatabase;
import org.lantern.stories.StoryLibrary;
import org.lantern.stories.StoryWriting;
import org.lantern.stories.search.StorySearchRequest;
import org.lantern.surveys.PseudonymKey;
import org.lantern.surveys.SurveyAnswering;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented backup and restore commands, run as an operator would (embedded PostgreSQL): back up,
 * wipe the data folder, restore, put back the separately kept pseudonym key, and find every row of every
 * table, every story in search and a staff member's survey draft again.
 */
class BackupRestoreTest {

    @TempDir
    Path folder;

    @Test
    void backUpWipeRestoreFindsEverythingAndRebuildsTheSearchIndex() throws Exception {
        Path data = folder.resolve("data");
        Path backup = folder.resolve("backups").resolve("lantern.backup");
        Map<String, String> before;
        long library;
        try (LanternInstance lantern = LanternInstance.start(data, "lantern.demo=true")) {
            // a draft answered in Lantern: reachable only through a keyed link, so only with the key
            SurveyAnswering answering = lantern.bean(SurveyAnswering.class);
            Account staff = lantern.bean(PeopleService.class).findByUsername("staff").orElseThrow();
            answering.startOrResume(staff, "strengths-pilot", "before");
            answering.saveAnswer(staff, "strengths-pilot", "before", "comments", "Written before the backup");
            before = fingerprints(lantern.bean(DataSource.class));
            library = lantern.bean(StoryLibrary.class).search(StorySearchRequest.of("")).total();
        }
        // the operator keeps the pseudonym key apart from the database backups (it is not in them)
        Path keyCopy = folder.resolve("key-copy").resolve(PseudonymKey.FILE_NAME);
        Files.createDirectories(keyCopy.getParent());
        Files.copy(data.resolve(PseudonymKey.FILE_NAME), keyCopy);
        long nonEmpty = before.values().stream().filter(v -> !v.startsWith("0 rows")).count();
        System.out.printf("Backup test: %d tables, %d with rows: %s%n", before.size(), nonEmpty, before.keySet());
        assertThat(nonEmpty).isGreaterThanOrEqualTo(20);

        long started = System.nanoTime();
        assertThat(command(data, "--lantern.backup=" + backup)).isZero();
        System.out.printf("Backup test: backup took %d ms, %d bytes%n", (System.nanoTime() - started) / 1_000_000,
                Files.size(backup));
        assertThat(backup).isRegularFile();
        assertThat(backup.resolveSibling("lantern.backup.partial")).doesNotExist();

        deleteFolder(data);

        started = System.nanoTime();
        assertThat(command(data, "--lantern.restore=" + backup)).isZero();
        System.out.printf("Backup test: restore took %d ms%n", (System.nanoTime() - started) / 1_000_000);
        // a second restore is refused: the database is no longer empty, and nothing changes
        assertThat(command(data, "--lantern.restore=" + backup)).isEqualTo(1);
        assertThat(command(data, "--lantern.restore=" + folder.resolve("missing.backup"))).isEqualTo(1);
        assertThat(data.resolve("index")).doesNotExist();
        assertThat(data.resolve(PseudonymKey.FILE_NAME)).doesNotExist();
        Files.copy(keyCopy, data.resolve(PseudonymKey.FILE_NAME));

        try (LanternInstance lantern = LanternInstance.start(data, "lantern.demo=false")) {
            // the scheduler works on in both instances: its own bookkeeping, and notifications made or sent since
            // (a wave of the demo is open), differ; every notification that was backed up is there again
            Map<String, String> after = fingerprints(lantern.bean(DataSource.class));
            assertThat(withoutBackgroundWork(after)).isEqualTo(withoutBackgroundWork(before));
            assertThat(after.get("(notifications)")).startsWith(before.get("(notifications)"));
            assertThat(lantern.bean(SurveyAnswering.class).startOrResume(lantern.bean(PeopleService.class).findByUsername("staff").orElseThrow(), "strengths-pilot", "before").answers())
                    .containsEntry("comments", "Written before the backup");
            StoryLibrary stories = lantern.bean(StoryLibrary.class);
            assertThat(data.resolve("index").resolve("stories-v2")).isDirectory();
            assertThat(stories.search(StorySearchRequest.of("")).total()).isEqualTo(library);
            assertThat(stories.search(StorySearchRequest.of("\"bus pass\"")).hits()).extracting(h -> h.slug())
                    .contains("a-the-bus-pass");
            // ids continue after the restored ones: new rows can be added
            var story = lantern.bean(StoryWriting.class).saveDraft(lantern.bean(PeopleService.class).findByUsername("staff").orElseThrow(), null, new org.lantern.stories.StoryDraft("After the restore",
                    "A short summary about life after the restore.", "Nothing happened here at all, it was a quiet week.",
                    List.of("recovery"), "supported-living", "support-worker"));
            assertThat(story.id()).isPositive();
        }

        // issue 15, "Database and audit": the restore (run as the schema owner) brought the audit trail back with
        // its hash chain whole, as the verification command says; an entry a superuser then edits behind
        // Lantern's back is found by it
        assertThat(AuditVerifyCommand.run(new String[]{"--lantern.data-dir=" + data, "--lantern.embedded-db.durable=false",
                "--spring.main.banner-mode=off", "--lantern.audit.verify"})).isZero();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, false, false);
             Connection c = DriverManager.getConnection(database.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            s.execute("UPDATE audit_event SET detail = 'Nothing to see here' WHERE id = (SELECT min(id) FROM audit_event)");
            s.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
        }
        assertThat(AuditVerifyCommand.run(new String[]{"--lantern.data-dir=" + data, "--lantern.embedded-db.durable=false",
                "--spring.main.banner-mode=off", "--lantern.audit.verify"})).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedWithAClearMessage() throws Exception {
        Path notABackup = folder.resolve("notes.txt");
        Files.writeString(notABackup, "shopping list");
        DatabaseBackup.BackupException e = org.junit.jupiter.api.Assertions.assertThrows(DatabaseBackup.BackupException.class,
                () -> new DatabaseBackup(null, Clock.systemDefaultZone()).restore(notABackup));
        assertThat(e.getMessage()).contains("is not a").contains("Lantern backup");
    }

    private int command(Path data, String action) {
        return BackupCommand.run(new String[]{"--lantern.data-dir=" + data,
                "--lantern.embedded-db.durable=false", "--spring.main.banner-mode=off", action});
    }

    /** Each table's row count and a digest of all its rows (in a stable order). */
    static Map<String, String> fingerprints(DataSource dataSource) throws Exception {
        Map<String, String> result = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : PublicSchema.tablesInDependencyOrder(c)) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM "
                        + PublicSchema.quote(table) + " t")) {
                    rs.next();
                    result.put(table, rs.getLong(1) + " rows " + rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM databasechangelog")) {
                rs.next();
                result.put("(changesets)", rs.getString(1));
            }
            // which notifications exist (not their delivery state, which the sender moves on), in the order made
            try (ResultSet rs = s.executeQuery("SELECT coalesce(string_agg(id || ' ' || kind || ' ' || account_id || ' ' || subject "
                    + "|| ' ' || occurrence, E'\\n' ORDER BY id), '') FROM notification")) {
                rs.next();
                result.put("(notifications)", rs.getString(1));
            }
        }
        return result;
    }

    /**
     * The fingerprints less the tables that background jobs write to on their own: the scheduler's and the
     * notifications' (with the unsubscribe signing key, made when the first e-mail is).
     */
    private static Map<String, String> withoutBackgroundWork(Map<String, String> fingerprints) {
        Map<String, String> result = new TreeMap<>(fingerprints);
        result.keySet().removeAll(java.util.Set.of("scheduled_tasks", "notification", "(notifications)", "notification_key"));
        return result;
    }

    private static void deleteFolder(Path dir) throws Exception {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
