package org.lantern.surveys;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.lantern.TestPostgres;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading a database from plain links ({@code participant_link}, Lantern 0.1) to keyed links, on a
 * PostgreSQL of its own: migrate with the changelogs before 011, add an account that answered in
 * Lantern, then migrate to the end and start as Lantern does.
 */
class PlainLinkMigrationTest {

    @TempDir
    Path folder;

    @Test
    void anOldStyleLinkBecomesAKeyedLinkAndTheOldTableIsDropped() throws Exception {
        try (EmbeddedPostgres pg = TestPostgres.builder().setDataDirectory(folder.resolve("pg"))
                .setCleanDataDirectory(true).start()) {
            DataSource dataSource = pg.getPostgresDatabase();
            Path old = oldChangelogs();
            try (Connection c = dataSource.getConnection()) {
                update(c, old);
            }
            DSLContext db = DSL.using(dataSource, SQLDialect.POSTGRES);
            long account = value(db, Long.class, "INSERT INTO account (username, display_name, password_hash) "
                    + "VALUES ('old.timer', 'Old Timer', 'x') RETURNING id");
            long other = value(db, Long.class, "INSERT INTO account (username, display_name, password_hash) "
                    + "VALUES ('other.one', 'Other One', 'x') RETURNING id");
            long team = value(db, Long.class, "INSERT INTO team (name) VALUES ('Old Team') RETURNING id");
            long programme = value(db, Long.class, "INSERT INTO programme (key, title, survey_key) "
                    + "VALUES ('old-programme', 'Old', 'recovery-knowledge') RETURNING id");
            long wave = value(db, Long.class, "INSERT INTO wave (programme_id, key, position, opens, closes) "
                    + "VALUES (?, 'before', 1, DATE '2026-01-01', DATE '2026-12-31') RETURNING id", programme);
            long participant = value(db, Long.class, "INSERT INTO participant (programme_id, code, team_id) "
                    + "VALUES (?, 'L-OLDCODE23456', ?) RETURNING id", programme, team);
            long paper = value(db, Long.class, "INSERT INTO participant (programme_id, code, team_id) "
                    + "VALUES (?, 'P-1', ?) RETURNING id", programme, team);
            db.execute("INSERT INTO participant_link (participant_id, programme_id, account_id) VALUES (?, ?, ?)",
                    participant, programme, account);
            db.execute("INSERT INTO response (participant_id, wave_id, status, started_at, updated_at, submitted_at) "
                    + "VALUES (?, ?, 'submitted', TIMESTAMPTZ '2026-03-04 09:15:27+00', TIMESTAMPTZ '2026-03-04 09:20:01+00', "
                    + "TIMESTAMPTZ '2026-03-04 09:21:13+00')", participant, wave);
            db.execute("INSERT INTO response (participant_id, wave_id, status, source, submitted_at) "
                    + "VALUES (?, ?, 'submitted', 'import', TIMESTAMPTZ '2026-02-01 12:00:00+00')", paper, wave);

            // Liquibase runs everything it can; the plain table stays while it holds links
            try (Connection c = dataSource.getConnection()) {
                update(c, Path.of("").toAbsolutePath());
            }
            assertThat(tableExists(db, "participant_link")).isTrue();
            assertThat(value(db, Integer.class, "SELECT count(*) FROM databasechangelog WHERE id = '011-drop-plain-participant-link'")).isZero();
            assertThat(value(db, LocalDate.class, "SELECT submitted_at FROM response WHERE participant_id = ?", participant))
                    .isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(value(db, Boolean.class, "SELECT import_id IS NOT NULL FROM response WHERE participant_id = ?", paper))
                    .as("responses imported before imports were recorded get a record").isTrue();

            // at start, Lantern turns the plain link into a keyed one and runs the changelog again
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            PseudonymKey key = new PseudonymKey(bytes);
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setDataSource(dataSource);
            liquibase.setChangeLog("classpath:db/changelog.yaml");
            liquibase.setResourceLoader(new DefaultResourceLoader());
            new PlainLinkMigration(key, db, new StaticListableBeanFactory(Map.of("liquibase", liquibase))
                    .getBeanProvider(SpringLiquibase.class)).afterSingletonsInstantiated();

            assertThat(value(db, byte[].class, "SELECT link FROM participant WHERE id = ?", participant))
                    .isEqualTo(key.link(programme, account))
                    .isNotEqualTo(key.link(programme, other))
                    .hasSize(32);
            assertThat(value(db, byte[].class, "SELECT link FROM participant WHERE id = ?", paper)).isNull();
            assertThat(tableExists(db, "participant_link")).isFalse();
            assertThat(value(db, Integer.class, "SELECT count(*) FROM databasechangelog WHERE id = '011-drop-plain-participant-link'")).isEqualTo(1);

            // the person finds their own answers through the keyed link
            ParticipantLinks links = new ParticipantLinks(new LinkRepository(db), new ResponseRepository(db), key);
            assertThat(links.participant(programme, account)).contains(participant);
            assertThat(links.participant(programme, other)).isEmpty();
        }
    }

    /** db/ as it was before 011: the same file names, so Liquibase sees the same changesets later. */
    private Path oldChangelogs() throws Exception {
        Path root = folder.resolve("old");
        Files.createDirectories(root.resolve("db/changes"));
        Files.copy(Path.of("db/changelog.yaml"), root.resolve("db/changelog.yaml"));
        try (Stream<Path> files = Files.list(Path.of("db/changes"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().compareTo("011") < 0).toList()) {
                Files.copy(file, root.resolve("db/changes").resolve(file.getFileName()));
            }
        }
        return root;
    }

    private static void update(Connection connection, Path root) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try (Liquibase liquibase = new Liquibase("db/changelog.yaml", new DirectoryResourceAccessor(root), database)) {
            liquibase.update("");
        }
    }

    private static boolean tableExists(DSLContext db, String table) {
        return value(db, Boolean.class, "SELECT to_regclass(?) IS NOT NULL", table);
    }

    private static <T> T value(DSLContext db, Class<T> type, String sql, Object... bindings) {
        return db.fetchSingle(sql, bindings).get(0, type);
    }
}
