package org.lantern.base.database;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs several read-only queries of one transaction side by side, each on a connection of its own, so
 * that PostgreSQL works on them on every core. Every connection reads the caller's snapshot (exported
 * with {@code pg_export_snapshot()} and imported with {@code SET TRANSACTION SNAPSHOT}), so together they
 * see exactly what one query of the caller's transaction would have seen when they started. When there
 * is no transaction, or the caller's transaction has written something (other connections could not see
 * it), the queries run one after the other on the caller's connection instead.
 */
@Component
@RequiredArgsConstructor
public class SnapshotReads {

    private final DSLContext db;
    private final DataSource dataSource;

    /**
     * The result of each query, in the order given, on at most {@code connections} connections besides the
     * caller's (which waits). The first query given is started first: put the biggest first.
     */
    public <T> List<T> run(List<Function<DSLContext, T>> queries, int connections) {
        int threads = Math.min(connections, queries.size());
        if (threads <= 1 || !TransactionSynchronizationManager.isActualTransactionActive()
                || db.select(DSL.field("pg_current_xact_id_if_assigned() IS NOT NULL", Boolean.class)).fetchSingle().value1()) {
            return queries.stream().map(q -> q.apply(db)).toList();
        }
        String snapshot = db.select(DSL.field("pg_export_snapshot()", String.class)).fetchSingle().value1();
        List<T> results = new ArrayList<>(Collections.nCopies(queries.size(), null));
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        readInSnapshot(c, snapshot, queries, results, next);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return Collections.unmodifiableList(results);
    }

    private <T> void readInSnapshot(Connection c, String snapshot, List<Function<DSLContext, T>> queries, List<T> results,
                                    AtomicInteger next) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                s.execute("SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "''") + "'");
            }
            for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                T result = queries.get(i).apply(db.configuration().derive(c).dsl());
                synchronized (results) {
                    results.set(i, result);
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }
}
