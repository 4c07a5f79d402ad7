package org.lantern.selfreview;

import java.util.List;
import java.util.Optional;

/** The indicators, evidence sources and rating scale of the self-review, as authored. */
public record SelfReviewFramework(String title, String intro, List<Level> scale, List<Source> sources,
                                  List<Indicator> indicators) {

    public Optional<Indicator> indicator(String key) {
        return indicators.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    public Optional<Level> level(int value) {
        return scale.stream().filter(l -> l.value() == value).findFirst();
    }

    public record Level(int value, String label, String description) {
    }

    public record Source(String key, String title) {
    }

    public record Indicator(String key, int number, String title, String description, List<String> questions) {
    }
}
