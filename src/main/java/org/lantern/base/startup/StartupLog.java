package org.lantern.base.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

import java.time.Duration;
import java.time.Instant;

/**
 * Gives every application context its {@link StartupPhases} before it refreshes (registered in
 * {@code META-INF/spring.factories}, so each {@code SpringApplication} has one), times Spring's own
 * refresh as the phase {@code spring}, and prints the phases in one line when the app is ready.
 */
public final class StartupLog implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupLog.class);

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        switch (event) {
            case ApplicationPreparedEvent prepared -> {
                StartupPhases phases = new StartupPhases();
                prepared.getApplicationContext().getBeanFactory().registerSingleton("startupPhases", phases);
                phases.begin(StartupPhases.SPRING);
            }
            case ContextRefreshedEvent refreshed -> refreshed.getApplicationContext()
                    .getBeanProvider(StartupPhases.class).ifAvailable(phases -> phases.end(StartupPhases.SPRING));
            case ApplicationReadyEvent ready -> ready.getApplicationContext().getBeanProvider(StartupPhases.class)
                    .ifAvailable(phases -> log.info(phases.printed(beforeSpring(ready.getTimeTaken()), ready.getTimeTaken())));
            default -> {
            }
        }
    }

    /** From the JVM's start to Spring Boot's: the process's age less Spring Boot's own figure. */
    private static Duration beforeSpring(Duration spring) {
        return ProcessHandle.current().info().startInstant()
                .map(started -> Duration.between(started, Instant.now()).minus(spring))
                .filter(d -> !d.isNegative())
                .orElse(Duration.ZERO);
    }
}
