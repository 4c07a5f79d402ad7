package org.lantern.base.database;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries run side by side on other connections see exactly the caller's snapshot (not what another
 * connection committed after it), a transaction that has written reads on its own connection (where its
 * writes are), and without a transaction the queries simply run in order.
 */
@LanternTest
class SnapshotReadsTest {

    @Autowired
    SnapshotReads reads;
    @Autowired
    DSLContext db;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void otherConnectionsReadTheCallersSnapshot() {
        String feature = "snapshot-reads-" + UUID.randomUUID();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        record Seen(int before, int caller, List<int[]> read) {
        }
        Seen seen = readOnly.execute(status -> {
            int before = count(db, feature);
            int caller = pid(db);
            commitElsewhere(feature);
            Function<DSLContext, int[]> query = on -> new int[]{count(on, feature), pid(on)};
            return new Seen(before, caller, reads.run(List.of(query, query, query), 3));
        });

        assertThat(seen.before()).isZero();
        assertThat(seen.read()).hasSize(3).allSatisfy(r -> {
            assertThat(r[0]).as("the row committed after the caller's snapshot").isZero();
            assertThat(r[1]).as("another connection").isNotEqualTo(seen.caller());
        });
        assertThat(count(db, feature)).isEqualTo(1);
    }

    @Test
    void aTransactionThatHasWrittenReadsOnItsOwnConnection() {
        String feature = "snapshot-reads-" + UUID.randomUUID();
        TransactionTemplate writing = new TransactionTemplate(transactions);
        List<int[]> read = writing.execute(status -> {
            db.execute("INSERT INTO demo_seed (feature) VALUES (?)", feature);
            int caller = pid(db);
            List<int[]> result = reads.run(List.<Function<DSLContext, int[]>>of(on -> new int[]{count(on, feature), pid(on) - caller},
                    on -> new int[]{count(on, feature), pid(on) - caller}), 2);
            status.setRollbackOnly();
            return result;
        });

        assertThat(read).allSatisfy(r -> assertThat(r).containsExactly(1, 0));
        assertThat(count(db, feature)).isZero();
    }

    @Test
    void withoutATransactionTheQueriesRunInOrder() {
        List<Integer> read = reads.run(List.of(on -> on.select(DSL.val(1)).fetchSingle().value1(),
                on -> on.select(DSL.val(2)).fetchSingle().value1(), on -> on.select(DSL.val(3)).fetchSingle().value1()), 3);

        assertThat(read).containsExactly(1, 2, 3);
    }

    private static int count(DSLContext on, String feature) {
        return on.fetchCount(DSL.table("demo_seed"), DSL.field("feature").eq(feature));
    }

    private static int pid(DSLContext on) {
        return on.select(DSL.field("pg_backend_pid()", Integer.class)).fetchSingle().value1();
    }

    private void commitElsewhere(String feature) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO demo_seed (feature) VALUES (?)")) {
            c.setAutoCommit(true);
            insert.setString(1, feature);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
