package org.lantern.stories;

import org.lantern.base.LanternProperties;
import org.lantern.base.content.Markdown;
import org.lantern.base.startup.StartupPhases;
import org.lantern.stories.search.IndexedStory;
import org.lantern.stories.search.StoryAnalysis;
import org.lantern.stories.search.StoryHit;
import org.lantern.stories.search.StoryIndex;
import org.lantern.stories.search.StoryIndexFolder;
import org.lantern.stories.search.StorySearchRequest;
import org.lantern.stories.search.StorySearchResult;
import org.lantern.stories.search.StorySuggestion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The application's story index, in {@code <data-dir>/index/stories-v2} (the version is in the folder
 * name: a change of index format starts a new folder, which is then built from scratch).
 *
 * <p>At start it is checked: a missing or damaged index is deleted and rebuilt from the database,
 * and a readable one is reconciled with it (stories changed while the app was down are re-indexed),
 * so no story is ever lost from search. While running, every committed story change is applied at
 * once and made visible to searches (near-real-time), and commits to disk are batched every few seconds.
 */
@Component
class StorySearchIndex implements DisposableBean {

    static final String FOLDER = "stories-v2";
    private static final Logger log = LoggerFactory.getLogger(StorySearchIndex.class);

    private final Path folder;
    private final StoryRepository repository;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService committer;
    private volatile StoryAnalysis analysis = StoryAnalysis.withoutSynonyms();
    private @Nullable StoryIndex index;

    StorySearchIndex(LanternProperties properties, StoryRepository repository, StartupPhases startup) {
        this.folder = properties.dataDir().resolve("index").resolve(FOLDER).toAbsolutePath().normalize();
        this.repository = repository;
        startup.time(StartupPhases.INDEX, () -> {
            start();
            return null;
        });
        this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "story-index-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commitIfNeeded, 5, 5, TimeUnit.SECONDS);
    }

    Path folder() {
        return folder;
    }

    /** Opens the index, rebuilding it from the database if it is missing or damaged. */
    void start() {
        lock.writeLock().lock();
        try {
            if (index != null) {
                return;
            }
            StoryIndexFolder.Opened opened = StoryIndexFolder.open(folder, analysis);
            index = opened.index();
            boolean rebuild = opened.empty();
            long started = System.nanoTime();
            if (rebuild) {
                List<IndexedStory> stories = repository.library().stream().map(StorySearchIndex::toIndexed).toList();
                index.replaceAll(stories);
                log.info("Story index built from the database in {}: {} stories in {} ms", folder, stories.size(),
                        (System.nanoTime() - started) / 1_000_000);
            } else {
                int fixed = reconcile(index);
                log.info("Story index opened in {}: {} stories, {} brought up to date", folder, index.size(), fixed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the story index in " + folder, e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Closes the index (committing what is pending); {@link #start()} opens it again. */
    void stop() {
        lock.writeLock().lock();
        try {
            if (index != null) {
                index.close();
                index = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void destroy() {
        committer.shutdownNow();
        stop();
    }

    /** Brings the index in line with the database: adds or updates changed stories, removes others. */
    int reconcile() {
        return withIndex(this::reconcile);
    }

    private int reconcile(StoryIndex target) throws IOException {
        Map<Long, Long> inDatabase = repository.libraryChangedById();
        Map<Long, Long> inIndex = target.changedById();
        Set<Long> stale = new HashSet<>();
        inDatabase.forEach((id, changed) -> {
            if (!changed.equals(inIndex.get(id))) {
                stale.add(id);
            }
        });
        List<Long> gone = inIndex.keySet().stream().filter(id -> !inDatabase.containsKey(id)).toList();
        for (Long id : gone) {
            target.delete(id);
        }
        if (!stale.isEmpty()) {
            for (PracticeStory story : repository.library()) {
                if (stale.contains(story.id())) {
                    target.upsert(toIndexed(story));
                }
            }
        }
        if (!gone.isEmpty() || !stale.isEmpty()) {
            target.refresh();
            target.commit();
        }
        return gone.size() + stale.size();
    }

    /** After a story change is committed: index each story if it is in the library, otherwise remove it. */
    @TransactionalEventListener(fallbackExecution = true)
    void onStoryChanged(StoryChanged event) {
        try {
            apply(event.storyIds());
        } catch (RuntimeException e) {
            // the change is safe in the database; the index catches up when it is next reconciled (at start)
            log.error("Could not update the story index for stories {}", event.storyIds(), e);
        }
    }

    /** Applies a change notified by the database (possibly made by another instance); failures are logged. */
    void applyChange(long storyId) {
        try {
            apply(Set.of(storyId));
        } catch (RuntimeException e) {
            log.error("Could not update the story index for story {}", storyId, e);
        }
    }

    /** The stories read in one query and made visible to searches in one refresh, however many changed. */
    private void apply(Set<Long> storyIds) {
        withIndex(target -> {
            Map<Long, PracticeStory> stories = repository.findByIds(storyIds);
            for (Long id : storyIds) {
                PracticeStory story = stories.get(id);
                if (story != null && story.inLibrary()) {
                    target.upsert(toIndexed(story));
                } else {
                    target.delete(id);
                }
            }
            target.refresh();
            return null;
        });
    }

    void setAnalysis(StoryAnalysis analysis) {
        this.analysis = analysis;
        withIndex(target -> {
            target.setAnalysis(analysis);
            return null;
        });
    }

    StorySearchResult search(StorySearchRequest request) {
        return withIndex(target -> target.search(request));
    }

    List<StorySuggestion> suggest(String typed, int max) {
        return withIndex(target -> target.suggest(typed, max));
    }

    List<StoryHit> related(String slug, int max) {
        return withIndex(target -> target.related(slug, max));
    }

    int size() {
        return withIndex(StoryIndex::size);
    }

    /** The number of indexed stories, or NaN (no figure) while the index is closed. */
    double sizeForMetrics() {
        try {
            return size();
        } catch (IllegalStateException e) {
            return Double.NaN;
        }
    }

    private void commitIfNeeded() {
        try {
            withIndex(target -> {
                if (target.hasUncommittedChanges()) {
                    target.commit();
                }
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Could not commit the story index: {}", e.toString());
        }
    }

    private interface IndexWork<T> {
        T apply(StoryIndex index) throws IOException;
    }

    private <T> T withIndex(IndexWork<T> work) {
        lock.readLock().lock();
        try {
            StoryIndex current = index;
            if (current == null) {
                throw new IllegalStateException("The story index is not open.");
            }
            return work.apply(current);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    static IndexedStory toIndexed(PracticeStory story) {
        return new IndexedStory(story.id(), story.slug(), story.title(), story.summary(), Markdown.toPlainText(story.body()),
                story.themes(), story.setting(), story.role(),
                story.publishedOn() == null ? java.time.LocalDate.EPOCH : story.publishedOn(), story.changedAt().toEpochMilli());
    }
}
