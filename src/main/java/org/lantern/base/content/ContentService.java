package org.lantern.base.content;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.LanternProperties;
import org.lantern.base.startup.StartupPhases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads authored content from {@code content/} (or {@code lantern.content-dir}) at start and on
 * request, validates it and keeps a report of every problem. An invalid file never stops the app
 * or hides other content.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContentService implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ContentService.class);

    private final LanternProperties properties;
    private final List<ContentCatalogue> catalogues;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StartupPhases startup;
    private volatile LoadReport lastReport = new LoadReport(Instant.EPOCH, "not loaded yet", List.of(), List.of());

    /** How many items of one kind are live. */
    public record CatalogueCount(String title, int items) {
    }

    /** The outcome of the last (re)load. */
    public record LoadReport(Instant loadedAt, String origin, List<CatalogueCount> counts,
                             List<ContentProblem> problems) {
    }

    /** Published after every load, so derived data (e.g. a search index) can follow. */
    public record ContentReloaded(LoadReport report) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        startup.time(StartupPhases.CONTENT, () -> reload(step -> { }));
    }

    /** Re-reads every content file. Safe to call while people use the app: readers see old or new, never half. */
    public synchronized LoadReport reload(Consumer<Double> progress) {
        ContentFiles files;
        List<ContentProblem> problems = new ArrayList<>();
        try {
            files = readFiles();
        } catch (RuntimeException e) {
            log.error("Could not read content: {}", e.getMessage());
            problems.add(new ContentProblem("(content folder)", 0, "Could not read content: " + e.getMessage()));
            lastReport = new LoadReport(clock.instant(), "unreadable", lastReport.counts(), problems);
            return lastReport;
        }
        problems.addAll(files.problems());
        List<CatalogueCount> counts = new ArrayList<>();
        int done = 0;
        for (ContentCatalogue catalogue : catalogues) {
            ContentProblems found = new ContentProblems();
            try {
                catalogue.load(files, found);
            } catch (RuntimeException e) {
                log.error("Loading {} failed", catalogue.title(), e);
                found.add("(" + catalogue.title() + ")", 0, "Could not load: " + e);
            }
            problems.addAll(found.list());
            counts.add(new CatalogueCount(catalogue.title(), catalogue.size()));
            progress.accept(++done / (double) catalogues.size());
        }
        problems.forEach(p -> log.warn("Content problem: {}", p));
        LoadReport report = new LoadReport(clock.instant(), files.origin(), List.copyOf(counts), List.copyOf(problems));
        lastReport = report;
        log.info("Content loaded from {}: {}; {} problem(s)", files.origin(),
                counts.stream().map(c -> c.items() + " " + c.title().toLowerCase()).toList(), problems.size());
        events.publishEvent(new ContentReloaded(report));
        return report;
    }

    public LoadReport lastReport() {
        return lastReport;
    }

    private ContentFiles readFiles() {
        Path dir = properties.contentDir();
        return dir != null ? ContentFiles.fromFolder(dir) : ContentFiles.fromClasspath();
    }
}
