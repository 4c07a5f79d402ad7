package org.lantern.reflection;

import java.util.List;

/** A reflection model, e.g. "What? So what? Now what?", as authored in {@code content/reflection-models/}. */
public record ReflectionModel(String key, String title, String summary, List<Stage> stages) {

    public int totalMinutes() {
        return stages.stream().mapToInt(Stage::minutes).sum();
    }

    public record Stage(String key, String title, int minutes, List<String> prompts) {
    }
}
