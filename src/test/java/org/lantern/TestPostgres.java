package org.lantern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.time.Duration;

/**
 * A stand-alone embedded PostgreSQL for tests that need one of their own (outside Lantern's own data folder).
 * As patient at start as Lantern's embedded database: the library's default of 10 s is not enough on a busy
 * two-core machine, where the test JVMs and Chromium run beside it.
 */
public final class TestPostgres {

    private TestPostgres() {
    }

    public static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60));
    }
}
