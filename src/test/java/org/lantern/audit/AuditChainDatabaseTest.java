package org.lantern.audit;

import com.zaxxer.hikari.HikariDataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.base.database.EmbeddedDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.AUDIT_CHAIN;
import static org.lantern.db.Tables.AUDIT_EVENT;

/**
 * Issue 15, "Database and audit": the audit trail in a database of its own, set up as Lantern sets up
 * the embedded PostgreSQL (schema owner and app role, migrated by the changelogs as the owner), so
 * that entries can be dated at will and tampered with. The app role cannot change, delete, truncate
 * or unprotect the trail; the hash chain finds a row the owner changed or removed, stays valid under
 * concurrent inserts and stays verifiable after the retention purge.
 */
class AuditChainDatabaseTest {

    @TempDir
    static Path folder;

    static EmbeddedDatabase database;
    static HikariDataSource appPool;
    static DSLContext app;
    static AuditRepository entries;
    static AuditChainRepository chain;

    @BeforeAll
    static void migrate() throws Exception {
        database = EmbeddedDatabase.start(folder, false, true);
        try (Connection c = owner()) {
            Database liquibaseDatabase = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase("db/changelog.yaml", new ClassLoaderResourceAccessor(), liquibaseDatabase)) {
                liquibase.setChangeLogParameter("app_role", EmbeddedDatabase.APP_ROLE);
                liquibase.update("");
            }
        }
        appPool = new HikariDataSource();
        appPool.setJdbcUrl(database.url());
        appPool.setUsername(database.app().username());
        appPool.setPassword(database.app().password());
        appPool.setMaximumPoolSize(8);
        app = DSL.using(appPool, SQLDialect.POSTGRES);
        entries = new AuditRepository(app);
        chain = new AuditChainRepository(app);
    }

    @AfterAll
    static void stop() throws Exception {
        if (appPool != null) {
            appPool.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** Each test starts from an empty trail (wiped by the owner, with its protections off for the moment). */
    @BeforeEach
    void emptyTrail() throws SQLException {
        asOwner("ALTER TABLE audit_event DISABLE TRIGGER USER",
                "TRUNCATE audit_event, audit_chain",
                "ALTER TABLE audit_event ENABLE TRIGGER USER");
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(database.url(), database.owner().username(), database.owner().password());
    }

    private static void asOwner(String... statements) throws SQLException {
        try (Connection c = owner(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static void write(Instant at, String detail) {
        entries.insert(at, null, "chain-test", AuditEventType.EXPORT.key(), detail, "192.0.2.1");
    }

    private static long idOf(String detail) {
        return app.select(AUDIT_EVENT.ID).from(AUDIT_EVENT).where(AUDIT_EVENT.DETAIL.eq(detail)).fetchSingle().value1();
    }

    @Test
    void theAppRoleCanOnlyAppendAndRead() {
        Instant now = Instant.now();
        write(now, "Kept as written");
        assertThat(app.fetchValue("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).isEqualTo(false);
        assertThat(app.fetchValue("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'audit_event'"))
                .isEqualTo(EmbeddedDatabase.OWNER_ROLE);

        for (String attack : List.of(
                "UPDATE audit_event SET detail = 'Rewritten'",
                "DELETE FROM audit_event",
                "TRUNCATE audit_event",
                "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only_rows",
                "ALTER TABLE audit_event DISABLE TRIGGER USER",
                "DROP TRIGGER audit_event_chain ON audit_event",
                "UPDATE audit_chain SET head_seq = 0",
                "DELETE FROM audit_chain",
                "CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                "CREATE TABLE audit_shadow (id int)")) {
            assertThatThrownBy(() -> app.execute(attack)).as(attack)
                    .rootCause().satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(attack).isEqualTo("42501"));
        }
        // a restore's switch does not let the app role write a hash of its choosing
        app.transaction(c -> {
            DSL.using(c).execute("SELECT set_config('lantern.restoring', 'on', true)");
            DSL.using(c).insertInto(AUDIT_EVENT).set(AUDIT_EVENT.USERNAME, "chain-test").set(AUDIT_EVENT.EVENT_TYPE, "export")
                    .set(AUDIT_EVENT.DETAIL, "Forged").set(AUDIT_EVENT.CHAIN_SEQ, 1L).set(AUDIT_EVENT.HASH, new byte[32]).execute();
        });
        assertThat(app.fetchValue(AUDIT_EVENT.CHAIN_SEQ, AUDIT_EVENT.DETAIL.eq("Forged"))).isEqualTo(2L);
        // the purge may not remove anything younger than 30 days, whatever cutoff it is given
        assertThat(chain.purgeOlderThan(now.plus(1, ChronoUnit.DAYS))).isZero();
        assertThat(app.fetchCount(AUDIT_EVENT)).isEqualTo(2);
        assertThat(AuditChainVerifier.verify(chain).intact()).isTrue();
    }

    @Test
    void aRowChangedOrRemovedByTheOwnerIsFound() throws SQLException {
        Instant now = Instant.now();
        for (int i = 1; i <= 5; i++) {
            // text that needs care in the encoding: commas, quotes, accents, an emoji, a line break
            write(now.plusMillis(i), "Entry " + i + ": café, \"quoted\"; ünïcode 🎉\nsecond line");
        }
        AuditChainCheck clean = AuditChainVerifier.verify(chain);
        assertThat(clean.intact()).as(clean.message()).isTrue();
        assertThat(clean.entries()).isEqualTo(5);
        long third = idOf("Entry 3: café, \"quoted\"; ünïcode 🎉\nsecond line");

        // a DBA (or a stolen superuser) edits an entry, with the append-only trigger out of the way
        asOwner("ALTER TABLE audit_event DISABLE TRIGGER USER",
                "UPDATE audit_event SET detail = 'Nothing happened' WHERE id = " + third,
                "ALTER TABLE audit_event ENABLE TRIGGER USER");
        AuditChainCheck edited = AuditChainVerifier.verify(chain);
        assertThat(edited.intact()).isFalse();
        assertThat(edited.firstBrokenId()).isEqualTo(third);
        assertThat(edited.message()).contains("tampered", "Entry " + third);

        // ... and even gives it a fresh hash: then the next entry no longer follows it
        asOwner("ALTER TABLE audit_event DISABLE TRIGGER USER",
                "UPDATE audit_event e SET hash = sha256(p.hash || audit_event_encoding(e.chain_seq, e.id, e.at, e.account_id, "
                        + "e.username, e.event_type, e.detail, e.client_ip)) FROM audit_event p "
                        + "WHERE e.id = " + third + " AND p.chain_seq = e.chain_seq - 1",
                "ALTER TABLE audit_event ENABLE TRIGGER USER");
        AuditChainCheck rehashed = AuditChainVerifier.verify(chain);
        assertThat(rehashed.intact()).isFalse();
        assertThat(rehashed.firstBrokenId()).isEqualTo(idOf("Entry 4: café, \"quoted\"; ünïcode 🎉\nsecond line"));

        // a removed entry in the middle, and the newest entry removed
        emptyTrail();
        for (int i = 1; i <= 4; i++) {
            write(now.plusMillis(i), "Row " + i);
        }
        asOwner("ALTER TABLE audit_event DISABLE TRIGGER USER",
                "DELETE FROM audit_event WHERE detail = 'Row 2'",
                "ALTER TABLE audit_event ENABLE TRIGGER USER");
        AuditChainCheck gap = AuditChainVerifier.verify(chain);
        assertThat(gap.intact()).isFalse();
        assertThat(gap.firstBrokenId()).isEqualTo(idOf("Row 3"));
        asOwner("ALTER TABLE audit_event DISABLE TRIGGER USER",
                "DELETE FROM audit_event WHERE detail IN ('Row 3', 'Row 4')",
                "ALTER TABLE audit_event ENABLE TRIGGER USER");
        AuditChainCheck tail = AuditChainVerifier.verify(chain);
        assertThat(tail.intact()).isFalse();
        assertThat(tail.message()).contains("newest entries are missing");
    }

    @Test
    void concurrentInsertsKeepTheChainValid() throws Exception {
        int writers = 8;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        int n = i;
                        // some in transactions of two, as an action and its entry commit together
                        app.transaction(c -> {
                            AuditRepository inTransaction = new AuditRepository(DSL.using(c));
                            inTransaction.insert(Instant.now(), null, "writer-" + writer, "export", "Entry " + n, null);
                            if (n % 4 == 0) {
                                inTransaction.insert(Instant.now(), null, "writer-" + writer, "export", "Entry " + n + "b", null);
                            }
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        int expected = writers * (each + each / 4);
        AuditChainCheck check = AuditChainVerifier.verify(chain);
        assertThat(check.intact()).as(check.message()).isTrue();
        assertThat(check.entries()).isEqualTo(expected);
        assertThat(check.headSeq()).isEqualTo(expected);
        assertThat(app.select(DSL.countDistinct(AUDIT_EVENT.CHAIN_SEQ)).from(AUDIT_EVENT).fetchSingle().value1()).isEqualTo(expected);
    }

    @Test
    void thePurgeRemovesTheOldestAndKeepsTheChainVerifiable() throws SQLException {
        Instant now = Instant.now();
        write(now.minus(800, ChronoUnit.DAYS), "Old 1");
        write(now.minus(790, ChronoUnit.DAYS), "Old 2");
        write(now.minus(780, ChronoUnit.DAYS), "Old 3");
        write(now.minus(400, ChronoUnit.DAYS), "Last year 1");
        write(now.minus(399, ChronoUnit.DAYS), "Last year 2");
        write(now.minus(1, ChronoUnit.DAYS), "Yesterday");
        write(now, "Today");

        assertThat(chain.purgeOlderThan(now.minus(730, ChronoUnit.DAYS))).isEqualTo(3);
        AuditChainCheck afterFirst = AuditChainVerifier.verify(chain);
        assertThat(afterFirst.intact()).as(afterFirst.message()).isTrue();
        assertThat(afterFirst.entries()).isEqualTo(4);
        assertThat(app.fetchValue(AUDIT_CHAIN.ANCHOR_SEQ)).isEqualTo(4L);

        // a cutoff of today still keeps the last 30 days
        assertThat(chain.purgeOlderThan(now)).isEqualTo(2);
        assertThat(app.select(AUDIT_EVENT.DETAIL).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.CHAIN_SEQ).fetch(AUDIT_EVENT.DETAIL))
                .containsExactly("Yesterday", "Today");
        write(now, "After the purges");
        AuditChainCheck afterSecond = AuditChainVerifier.verify(chain);
        assertThat(afterSecond.intact()).as(afterSecond.message()).isTrue();
        assertThat(afterSecond.headSeq()).isEqualTo(8);

        // cutting the oldest kept entry without the purge (which records the new start) is found
        asOwner("ALTER TABLE audit_event DISABLE TRIGGER USER",
                "DELETE FROM audit_event WHERE detail = 'Yesterday'",
                "ALTER TABLE audit_event ENABLE TRIGGER USER");
        AuditChainCheck cut = AuditChainVerifier.verify(chain);
        assertThat(cut.intact()).isFalse();
        assertThat(cut.firstBrokenId()).isEqualTo(idOf("Today"));
    }
}
