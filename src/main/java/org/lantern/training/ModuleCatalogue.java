package org.lantern.training;

import org.lantern.base.content.ContentCatalogue;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblems;
import org.lantern.base.content.LastValidContent;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The live training modules, read from {@code content/modules/<folder>/}. */
@Component
class ModuleCatalogue implements ContentCatalogue {

    /** Swapped as one piece, so readers never see half a reload. */
    private record Snapshot(Map<String, TrainingModule> byKey, List<TrainingModule> ordered) {
    }

    private volatile Snapshot snapshot = new Snapshot(Map.of(), List.of());
    /** Every module read, by folder, including last valid versions of folders that did not load. */
    private final LastValidContent<TrainingModule> byFolder = new LastValidContent<>();

    @Override
    public String title() {
        return "Training modules";
    }

    @Override
    public void load(ContentFiles files, ContentProblems problems) {
        LastValidContent<TrainingModule>.Reload reload = byFolder.reload(problems, "Still showing the last valid version of this module.");
        TreeSet<String> folders = new TreeSet<>();
        for (ContentFile f : files.under("modules/", "")) {
            String rest = f.path().substring("modules/".length());
            if (rest.contains("/")) {
                folders.add(rest.substring(0, rest.indexOf('/')));
            }
        }
        for (String folder : folders) {
            String base = "modules/" + folder + "/";
            Optional<ContentFile> meta = files.get(base + "module.yaml");
            if (meta.isEmpty()) {
                problems.add(base, 0, "This folder has no module.yaml, so it is not a module.");
                continue;
            }
            List<ContentFile> lessons = files.under(base + "lessons/", ".md");
            ContentFile check = files.get(base + "knowledge-check.yaml").orElse(null);
            ModuleParser.Result result = ModuleParser.parse(folder, meta.get(), lessons, check);
            if (result.module() != null) {
                reload.put(folder, result.module());
            } else {
                problems.addAll(result.problems());
                reload.keepLastValid(folder, base);
            }
        }
        reload.finish();
        Map<String, TrainingModule> next = new LinkedHashMap<>();
        for (TrainingModule m : byFolder.all().stream().sorted(Comparator.comparingInt(TrainingModule::order)
                .thenComparing(TrainingModule::key)).toList()) {
            if (next.putIfAbsent(m.key(), m) != null) {
                problems.add("modules/" + m.folder() + "/module.yaml", 0,
                        "Another module already uses the key '" + m.key() + "'; this one is skipped.");
            }
        }
        snapshot = new Snapshot(Map.copyOf(next), List.copyOf(next.values()));
    }

    @Override
    public int size() {
        return snapshot.ordered().size();
    }

    List<TrainingModule> modules() {
        return snapshot.ordered();
    }

    Optional<TrainingModule> module(String key) {
        return Optional.ofNullable(snapshot.byKey().get(key));
    }
}
