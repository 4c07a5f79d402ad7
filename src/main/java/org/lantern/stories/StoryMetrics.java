package org.lantern.stories;

import lombok.RequiredArgsConstructor;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Story figures for operators at {@code /actuator/prometheus}: counts only. Comparing
 * {@code lantern_stories_index_documents} across instances shows whether their indexes agree.
 */
@Component
@RequiredArgsConstructor
class StoryMetrics implements MeterBinder {

    private final StoryRepository repository;
    private final StorySearchIndex index;
    private final StoryChangeFeed feed;

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("lantern.stories.published", repository, r -> r.countByStatus(StoryStatus.PUBLISHED))
                .description("Stories published (shipped composite stories and staff stories)")
                .register(registry);
        Gauge.builder("lantern.stories.index.documents", index, StorySearchIndex::sizeForMetrics)
                .description("Stories in this instance's search index")
                .register(registry);
        FunctionCounter.builder("lantern.stories.change.feed.connects", feed, StoryChangeFeed::connects)
                .description("Times this instance's story change feed (LISTEN/NOTIFY) connected or reconnected")
                .register(registry);
    }
}
