package org.lantern.base.database;

import org.lantern.base.LanternProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as an application's settings are
 * known, before Spring reads its configuration and builds its beans (registered in
 * {@code META-INF/spring.factories}). Starting PostgreSQL ({@code initdb} on a new data folder) is work
 * for other processes, so it overlaps with Spring's own; the {@code embeddedDatabase} bean then waits
 * for it where the database is first needed. Nothing starts early when an external database is
 * configured ({@code spring.datasource.url}), the same condition as {@link EmbeddedDatabaseConfiguration}.
 */
public final class EmbeddedDatabaseEarlyStart implements ApplicationListener<ApplicationPreparedEvent> {

    static final String BEAN_NAME = "embeddedDatabaseStarting";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        if (!"embedded".equals(environment.getProperty("spring.datasource.url", "embedded"))) {
            return;
        }
        ConfigurableListableBeanFactory beans = event.getApplicationContext().getBeanFactory();
        if (beans.containsSingleton(BEAN_NAME)) {
            return;
        }
        LanternProperties properties = Binder.get(environment).bindOrCreate("lantern", LanternProperties.class);
        Starting starting = new Starting(properties);
        beans.registerSingleton(BEAN_NAME, starting);
        if (beans instanceof org.springframework.beans.factory.support.DefaultListableBeanFactory registry) {
            registry.registerDisposableBean(BEAN_NAME, starting);
        }
    }

    /**
     * The embedded database being started in the background. Taken once, by the {@code embeddedDatabase}
     * bean, which closes it from then on; one never taken (the context failed first) is closed here.
     */
    static final class Starting implements DisposableBean {

        private static final Logger log = LoggerFactory.getLogger(Starting.class);

        private final CompletableFuture<EmbeddedDatabase> database = new CompletableFuture<>();
        private final AtomicBoolean taken = new AtomicBoolean();

        Starting(LanternProperties properties) {
            LanternProperties.EmbeddedDb settings = properties.embeddedDb();
            Thread.ofPlatform().name("embedded-postgres-start").daemon().start(() -> {
                try {
                    database.complete(EmbeddedDatabase.start(properties.dataDir(), settings.durable(), settings.ephemeral()));
                } catch (Throwable e) {
                    database.completeExceptionally(e);
                }
            });
        }

        /** Waits for the database started in the background; the caller closes it. */
        EmbeddedDatabase take() throws IOException {
            if (!taken.compareAndSet(false, true)) {
                throw new IllegalStateException("The embedded database started early was already taken");
            }
            try {
                return database.join();
            } catch (CompletionException e) {
                switch (e.getCause()) {
                    case IOException io -> throw io;
                    case RuntimeException runtime -> throw runtime;
                    case Error error -> throw error;
                    default -> throw e;
                }
            }
        }

        @Override
        public void destroy() throws IOException {
            if (taken.compareAndSet(false, true)) {
                try {
                    database.join().close();
                } catch (CompletionException e) {
                    log.debug("The embedded database started early did not start: {}", e.getCause().toString());
                }
            }
        }
    }
}
