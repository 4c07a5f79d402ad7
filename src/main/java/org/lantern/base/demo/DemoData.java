package org.lantern.base.demo;

/**
 * A feature's demo data, seeded once into an installation running with {@code lantern.demo=true}.
 * Implementations are Spring beans; they run in {@link #order()} inside one transaction each.
 */
public interface DemoData {

    /** Stable name recorded when seeded, so a restart never seeds twice. */
    String feature();

    /** Lower runs first: accounts (0) before what people did (10+). */
    int order();

    void seed();
}
