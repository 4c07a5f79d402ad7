package org.lantern.base.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * On request ({@code -Dlantern.startup.steps=N}), records Spring's own start-up steps (bean creations,
 * configuration parsing, the refresh's stages) and logs the {@code N} slowest by their own time (less the
 * steps inside them) once the app is ready: where the {@code spring} phase of the start goes. Off by
 * default: recording costs a little time and memory.
 */
public final class StartupSteps {

    static final String PROPERTY = "lantern.startup.steps";
    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private StartupSteps() {
    }

    /** Records the steps of {@code application}'s start when the system property asks for it. */
    public static void recordIfAsked(SpringApplication application) {
        int shown = Integer.getInteger(PROPERTY, 0);
        if (shown <= 0) {
            return;
        }
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        application.addListeners((ApplicationReadyEvent ready) -> log.info("The {} slowest start-up steps:\n{}",
                shown, slowest(startup.getBufferedTimeline(), shown)));
    }

    /** The slowest steps by their own time, one a line: own ms, total ms, name and tags. */
    static String slowest(StartupTimeline timeline, int shown) {
        List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
        Map<Long, Long> childNanos = new HashMap<>();
        for (StartupTimeline.TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                childNanos.merge(parent, event.getDuration().toNanos(), Long::sum);
            }
        }
        return events.stream()
                .map(e -> new Row(e, e.getDuration().toNanos() - childNanos.getOrDefault(e.getStartupStep().getId(), 0L)))
                .sorted(Comparator.comparingLong(Row::own).reversed())
                .limit(shown)
                .map(Row::line)
                .collect(Collectors.joining("\n"));
    }

    private record Row(StartupTimeline.TimelineEvent event, long own) {
        String line() {
            StartupStep step = event.getStartupStep();
            String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                    .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(" "));
            return String.format(Locale.ROOT, "%7.1f ms own %7.1f ms total  %s %s", own / 1e6,
                    event.getDuration().toNanos() / 1e6, step.getName(), tags);
        }
    }

}
