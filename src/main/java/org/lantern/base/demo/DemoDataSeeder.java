package org.lantern.base.demo;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.lantern.base.LanternProperties;
import org.lantern.base.startup.StartupPhases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Comparator;
import java.util.List;

import static org.lantern.db.Tables.DEMO_SEED;

/** Seeds every feature's demo data once, when demo mode is on. */
@Component
@RequiredArgsConstructor
class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final LanternProperties properties;
    private final List<DemoData> demoData;
    private final DSLContext db;
    private final TransactionTemplate transactions;
    private final StartupPhases startup;

    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        if (properties.demo()) {
            startup.time(StartupPhases.DEMO, () -> {
                seedAll();
                return null;
            });
        }
    }

    private void seedAll() {
        demoData.stream().sorted(Comparator.comparingInt(data -> DemoData.featureOf(data).order()))
                .forEach(data -> transactions.executeWithoutResult(tx -> {
                    String feature = DemoData.featureOf(data).value();
                    int inserted = db.insertInto(DEMO_SEED, DEMO_SEED.FEATURE).values(feature).onConflictDoNothing().execute();
                    if (inserted == 1) {
                        long started = System.nanoTime();
                        data.seed();
                        log.info("Seeded demo data for {} in {} ms", feature, (System.nanoTime() - started) / 1_000_000);
                    }
                }));
    }
}
