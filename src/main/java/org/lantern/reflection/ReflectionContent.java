package org.lantern.reflection;

import org.lantern.base.content.ContentCatalogue;
import org.lantern.base.content.ContentException;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblems;
import org.lantern.base.content.LastValidContent;
import org.lantern.base.content.YamlNode;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reflection models from {@code content/reflection-models/*.yaml} and the session ground rules from
 * {@code content/sessions/ground-rules.yaml}. A broken file keeps its last valid version.
 */
@Component
public class ReflectionContent implements ContentCatalogue {

    private static final Set<String> MODEL_FIELDS = Set.of("key", "title", "summary", "stages");
    private static final Set<String> STAGE_FIELDS = Set.of("key", "title", "minutes", "prompts");
    static final String GROUND_RULES = "sessions/ground-rules.yaml";

    private final LastValidContent<ReflectionModel> models = new LastValidContent<>();
    private volatile List<String> groundRules = List.of();

    @Override
    public String title() {
        return "Reflection models";
    }

    @Override
    public void load(ContentFiles files, ContentProblems problems) {
        models.reloadEach(files.under("reflection-models/", ".yaml"), ".yaml", problems, null,
                file -> parseModel(file.name().substring(0, file.name().length() - ".yaml".length()), file.text()));
        files.readOne(GROUND_RULES, problems, "Missing: sessions have no ground rules to show.", text -> {
            YamlNode root = YamlNode.parse(text, 0).allowOnly(Set.of("title", "rules"));
            List<String> rules = root.textList("rules");
            if (rules.isEmpty()) {
                throw new ContentException(root.line(), "List at least one ground rule under 'rules'.");
            }
            groundRules = List.copyOf(rules);
        });
    }

    static ReflectionModel parseModel(String expectedKey, String text) {
        YamlNode root = YamlNode.parse(text, 0).allowOnly(MODEL_FIELDS);
        String key = root.requireText("key");
        if (!key.equals(expectedKey)) {
            throw new ContentException(root.require("key").line(), "The key '" + key + "' must match the file name '" + expectedKey + "'.");
        }
        List<ReflectionModel.Stage> stages = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (YamlNode s : root.requireList("stages")) {
            s.allowOnly(STAGE_FIELDS);
            String stageKey = s.requireUniqueKey(keys, "stages");
            List<String> prompts = s.textList("prompts");
            if (prompts.isEmpty()) {
                throw new ContentException(s.line(), "Stage '" + stageKey + "' needs at least one prompt.");
            }
            stages.add(new ReflectionModel.Stage(stageKey, s.requireText("title"), s.requireInt("minutes", 1, 120), List.copyOf(prompts)));
        }
        return new ReflectionModel(key, root.requireText("title"), root.optText("summary").orElse(""), List.copyOf(stages));
    }

    @Override
    public int size() {
        return models.size();
    }

    public List<ReflectionModel> models() {
        return models.all().stream().sorted(Comparator.comparing(ReflectionModel::key)).toList();
    }

    public Optional<ReflectionModel> model(String key) {
        return models.get(key);
    }

    public List<String> groundRules() {
        return groundRules;
    }
}
