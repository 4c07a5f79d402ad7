package org.lantern.stories;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps this instance's story index in step with changes made by other Lantern instances on the same
 * PostgreSQL (scale-out). A trigger on {@code story} sends {@code NOTIFY lantern_story '<id>'} on commit
 * (changeset 010); this listener holds its own connection (not one from the pool), applies each
 * notified story to the index, and on every (re)connect reconciles the whole index with the database,
 * so notifications missed while disconnected are recovered. Changes made by this instance are already
 * applied after commit by {@link StorySearchIndex}; seeing them again here is harmless.
 */
@Component
class StoryChangeFeed implements DisposableBean {

    static final String CHANNEL = "lantern_story";
    static final String APPLICATION_NAME = "lantern-change-feed";
    private static final Logger log = LoggerFactory.getLogger(StoryChangeFeed.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final StorySearchIndex index;
    private final boolean enabled;
    private final AtomicLong connects = new AtomicLong();
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    StoryChangeFeed(DataSource dataSource, StorySearchIndex index,
                    @Value("${lantern.change-feed.enabled:true}") boolean enabled) {
        this.dataSource = dataSource;
        this.index = index;
        this.enabled = enabled;
    }

    /** Starts listening once the application is up (the index is open and the schema migrated). */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled || running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("story-change-feed").start(this::run);
    }

    /** How many times the listener has (re)connected; for tests and metrics. */
    long connects() {
        return connects.get();
    }

    private void run() {
        long backoffMillis = 500;
        while (running) {
            try (Connection c = openConnection()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    // named, so operators (and tests) can tell it apart in pg_stat_activity
                    s.execute("SET application_name TO '" + APPLICATION_NAME + "'");
                    s.execute("LISTEN " + CHANNEL);
                }
                connects.incrementAndGet();
                // catch up on anything changed while not listening (or before this instance started)
                int fixed = index.reconcile();
                if (fixed > 0) {
                    log.info("Story change feed connected; {} stories brought up to date", fixed);
                }
                backoffMillis = 500;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications == null || notifications.length == 0) {
                        // getNotifications does not notice a dead server by itself on every platform
                        if (!c.isValid(5)) {
                            throw new SQLException("connection lost");
                        }
                        continue;
                    }
                    Set<Long> ids = new LinkedHashSet<>();
                    for (PGNotification n : notifications) {
                        try {
                            ids.add(Long.parseLong(n.getParameter()));
                        } catch (NumberFormatException e) {
                            log.warn("Ignoring a malformed story change notification: {}", n.getParameter());
                        }
                    }
                    ids.forEach(index::applyChange);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                log.warn("Story change feed disconnected ({}); reconnecting in {} ms", e.getMessage(), backoffMillis);
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
                backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF.toMillis());
            } finally {
                connection = null;
            }
        }
    }

    /** A connection of its own, so a pool's lifetime rules never close the listening session. */
    private Connection openConnection() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return dataSource.getConnection();
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing only to wake the thread
            }
        }
        if (thread != null) {
            thread.join(5000);
        }
    }
}
