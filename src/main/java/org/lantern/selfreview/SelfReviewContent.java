package org.lantern.selfreview;

import org.lantern.base.content.ContentCatalogue;
import org.lantern.base.content.ContentException;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblems;
import org.lantern.base.content.YamlNode;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code content/self-review/indicators.yaml}; a broken file keeps the last valid version. */
@Component
class SelfReviewContent implements ContentCatalogue {

    static final String FILE = "self-review/indicators.yaml";

    private volatile SelfReviewFramework framework;

    @Override
    public String title() {
        return "Self-review indicators";
    }

    @Override
    public void load(ContentFiles files, ContentProblems problems) {
        files.readOne(FILE, problems, "Missing: the team self-review has no indicators.", text -> framework = parse(text));
    }

    static SelfReviewFramework parse(String text) {
        YamlNode root = YamlNode.parse(text, 0).allowOnly(Set.of("title", "intro", "scale", "sources", "indicators"));
        List<SelfReviewFramework.Level> scale = new ArrayList<>();
        for (YamlNode l : root.requireList("scale")) {
            l.allowOnly(Set.of("value", "label", "description"));
            scale.add(new SelfReviewFramework.Level(l.requireInt("value", 0, 10), l.requireText("label"), l.optText("description").orElse("")));
        }
        List<SelfReviewFramework.Source> sources = new ArrayList<>();
        Set<String> sourceKeys = new HashSet<>();
        for (YamlNode s : root.requireList("sources")) {
            s.allowOnly(Set.of("key", "title"));
            String key = s.requireText("key");
            if (!sourceKeys.add(key)) {
                throw new ContentException(s.line(), "Two sources have the key '" + key + "'.");
            }
            sources.add(new SelfReviewFramework.Source(key, s.requireText("title")));
        }
        List<SelfReviewFramework.Indicator> indicators = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (YamlNode i : root.requireList("indicators")) {
            i.allowOnly(Set.of("key", "number", "title", "description", "questions"));
            String key = i.requireUniqueKey(keys, "indicators");
            indicators.add(new SelfReviewFramework.Indicator(key, i.requireInt("number", 1, 100), i.requireText("title"),
                    i.requireText("description"), i.textList("questions")));
        }
        return new SelfReviewFramework(root.requireText("title"), root.optText("intro").orElse(""), List.copyOf(scale),
                List.copyOf(sources), List.copyOf(indicators));
    }

    @Override
    public int size() {
        return framework == null ? 0 : framework.indicators().size();
    }

    Optional<SelfReviewFramework> framework() {
        return Optional.ofNullable(framework);
    }
}
