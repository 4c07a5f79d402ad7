package org.lantern.base.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises failures caused by the database being out of reach (stopped, restarting, network down),
 * so that they are answered with "try again shortly" (503) rather than as a fault in Lantern. The
 * connection pool reconnects by itself once PostgreSQL is back; no restart of Lantern is needed.
 */
public final class DatabaseUnavailable {

    public static final String MESSAGE = "Lantern cannot reach its database just now. Nothing was changed; "
            + "please try again in a minute.";

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01-57P03: server shutting down or not accepting connections
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // the query failed for want of a database, then so did the rollback: the rollback failure wins,
            // but the query's failure says what happened
            if (t instanceof org.springframework.transaction.TransactionSystemException rollback
                    && rollback.getApplicationException() != null && rollback.getApplicationException() != failure
                    && isCause(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }
}
