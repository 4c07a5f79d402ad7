package org.lantern.base.content;

import org.lantern.base.ui.HomeAreas;
import org.lantern.reflection.ReflectionContent;
import org.lantern.selfreview.SelfReviewContentAccess;
import org.lantern.stories.StoryContentAccess;
import org.lantern.surveys.CsvImportFuzzer;
import org.lantern.surveys.SurveyContentAccess;
import org.lantern.training.TrainingContentAccess;
import org.lantern.training.tools.ToolCatalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Feeds seeded mutations of the shipped content files to every content parser, through the same
 * catalogue {@code load} the app uses on "Reload content". Each input must either load or be
 * refused with a problem naming its file, a line within the file and a plain message; nothing
 * else may escape, nothing may take longer than the time limit, and the other (valid) items
 * must stay live, as must the last good version of the broken one.
 * <p>
 * Full size, not part of the build: {@code ./mvnw -q test-compile exec:exec@fuzz} (see README).
 */
public final class ContentFuzzer {

    /** One parser: the shipped files it reads and how one mutated file is tried. */
    public record Target(String name, List<ContentFile> seeds, Attempts attempts) {
    }

    @FunctionalInterface
    public interface Attempts {
        FuzzReport.Attempt with(ContentFile mutated);
    }

    private ContentFuzzer() {
    }

    /** Every content parser, seeded with the shipped files in {@code content}. */
    public static List<Target> targets(Path contentFolder) {
        ContentFiles shipped = ContentFiles.fromFolder(contentFolder);
        List<Target> targets = new ArrayList<>();
        targets.add(catalogue("modules", shipped, TrainingContentAccess::newModuleCatalogue, "modules/"));
        targets.add(catalogue("tools", shipped, ToolCatalogue::new, "tools/"));
        targets.add(catalogue("surveys", shipped, SurveyContentAccess::newSurveyCatalogue, "surveys/"));
        targets.add(catalogue("reflection models", shipped, ReflectionContent::new, "reflection-models/", "sessions/"));
        targets.add(catalogue("self-review", shipped, SelfReviewContentAccess::newSelfReviewContent, "self-review/"));
        targets.add(catalogue("home areas", shipped, HomeAreas::new, "home/"));
        targets.add(stories(shipped));
        return targets;
    }

    /** Runs {@code inputs} generated inputs, spread evenly over the targets; input i is reproducible from (seed, i). */
    public static void run(List<Target> targets, int inputs, long seed, FuzzReport report) {
        for (int i = 0; i < inputs; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            Target target = targets.get(i % targets.size());
            ContentFile original = target.seeds().get(random.nextInt(target.seeds().size()));
            String text = Mutations.content(original.text(), random);
            ContentFile mutated = new ContentFile(original.path(), text);
            report.attempt(target.name(), "(seed " + seed + ", input " + i + ", " + original.path() + ")\n" + text,
                    target.attempts().with(mutated));
        }
    }

    /** A catalogue loaded with a baseline of valid files, ready for one mutated file at a time. */
    private static final class Loaded {
        final ContentCatalogue catalogue;
        final List<ContentFile> baseline;
        final int live;

        Loaded(String name, Supplier<ContentCatalogue> factory, List<ContentFile> baseline) {
            this.catalogue = factory.get();
            this.baseline = baseline;
            ContentProblems first = new ContentProblems();
            catalogue.load(ContentFiles.of(baseline, "fuzz baseline"), first);
            if (!first.isEmpty() || catalogue.size() == 0) {
                throw new IllegalStateException("The shipped " + name + " should load cleanly: " + first.list());
            }
            this.live = catalogue.size();
        }
    }

    private static Target catalogue(String name, ContentFiles shipped, Supplier<ContentCatalogue> factory, String... folders) {
        List<ContentFile> all = shipped.all().stream()
                .filter(f -> List.of(folders).stream().anyMatch(f.path()::startsWith)).toList();
        // A module is several files: each module gets a catalogue holding it and one other valid
        // module (less to re-read per input than all of them); other kinds load all their files.
        List<String> units = all.stream().map(f -> unitOf(f.path())).distinct().sorted().toList();
        Map<String, Loaded> byUnit = new HashMap<>();
        Function<String, Loaded> loaded = unit -> byUnit.computeIfAbsent(folders[0].equals("modules/") ? unit : "all", key -> {
            if (key.equals("all")) {
                return new Loaded(name, factory, all);
            }
            String other = units.get((units.indexOf(key) + 1) % units.size());
            return new Loaded(name, factory, all.stream().filter(f -> f.path().startsWith(key) || f.path().startsWith(other)).toList());
        });
        units.forEach(loaded::apply);
        List<ContentFile> seeds = all.stream().filter(f -> f.path().endsWith(".yaml") || f.path().endsWith(".md")).toList();
        return new Target(name, seeds, mutated -> () -> {
            Loaded state = loaded.apply(unitOf(mutated.path()));
            ContentCatalogue catalogue = state.catalogue;
            List<ContentFile> files = new ArrayList<>(state.baseline.stream().filter(f -> !f.path().equals(mutated.path())).toList());
            files.add(mutated);
            ContentProblems problems = new ContentProblems();
            catalogue.load(ContentFiles.of(files, "fuzz"), problems);
            int after = catalogue.size();
            if (problems.isEmpty()) {
                // valid, though perhaps with fewer items (a cut-short list is still a list); back to
                // the shipped version, so every input starts from the same last good state
                catalogue.load(ContentFiles.of(state.baseline, "fuzz baseline"), new ContentProblems());
                return FuzzReport.Verdict.parsed();
            }
            String unit = unitOf(mutated.path());
            for (ContentProblem problem : problems.list()) {
                if (!problem.file().startsWith(unit) && !unit.startsWith(problem.file())) {
                    return FuzzReport.Verdict.unclear("a problem was reported against another, valid file: " + problem);
                }
                String unclear = unclearMessage(problem.message(), problem.line(),
                        problem.file().equals(mutated.path()) ? mutated.text() : null);
                if (unclear != null) {
                    return FuzzReport.Verdict.unclear(unclear + ": " + problem);
                }
            }
            if (after != state.live) {
                return FuzzReport.Verdict.unclear("valid content was lost: " + after + " items live instead of " + state.live
                        + " (" + problems.list() + ")");
            }
            return FuzzReport.Verdict.rejected();
        });
    }

    private static Target stories(ContentFiles shipped) {
        List<ContentFile> seeds = shipped.under("stories/", ".md");
        return new Target("stories", seeds, mutated -> () -> {
            try {
                StoryContentAccess.parse(mutated);
                return FuzzReport.Verdict.parsed();
            } catch (ContentException e) {
                String unclear = unclearMessage(e.getMessage(), e.line(), mutated.text());
                return unclear == null ? FuzzReport.Verdict.rejected()
                        : FuzzReport.Verdict.unclear(unclear + ": line " + e.line() + ": " + e.getMessage());
            }
        });
    }

    /** A module's files stand or fall together; any other file stands alone. */
    private static String unitOf(String path) {
        if (path.startsWith("modules/")) {
            int slash = path.indexOf('/', "modules/".length());
            return slash < 0 ? path : path.substring(0, slash + 1);
        }
        return path;
    }

    /** Why a problem's message or line would not help an editor, or null when it is fine. */
    static String unclearMessage(String message, int line, String text) {
        if (message == null || message.isBlank()) {
            return "no message";
        }
        for (String internal : new String[]{"Exception", "\tat ", "java.", "org.yaml", "tag:yaml.org"}) {
            // (a message may quote the file, so only words that the file itself does not contain count)
            if (message.contains(internal) && (text == null || !text.contains(internal))) {
                return "a programmer's message";
            }
        }
        if (line < 0) {
            return "a negative line";
        }
        if (text != null) {
            long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
            if (line > lines + 1) {
                return "line " + line + " is past the end of the file (" + lines + " lines)";
            }
        }
        return null;
    }

    /**
     * Full-size run: {@code -Dfuzz.inputs} content inputs (default 100,000) and
     * {@code -Dfuzz.csv-inputs} CSV imports (default 10,000) against a throw-away embedded
     * PostgreSQL, from {@code -Dfuzz.seed} (default 1). Prints counts per parser and outcome.
     */
    public static void main(String[] args) throws Exception {
        int inputs = Integer.getInteger("fuzz.inputs", 100_000);
        int csvInputs = Integer.getInteger("fuzz.csv-inputs", 10_000);
        long seed = Long.getLong("fuzz.seed", 1L);
        long limit = Long.getLong("fuzz.time-limit-ms", 5_000L);
        FuzzReport report = new FuzzReport(limit);
        long started = System.nanoTime();
        run(targets(Path.of("content")), inputs, seed, report);
        double contentSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("content parsers: %d inputs in %.1f s (seed %d, time limit %d ms per input)%n",
                inputs, contentSeconds, seed, limit);
        if (csvInputs > 0) {
            started = System.nanoTime();
            CsvImportFuzzer.runWithThrowAwayDatabase(csvInputs, seed, report);
            System.out.printf("CSV import: %d inputs in %.1f s%n", csvInputs, (System.nanoTime() - started) / 1e9);
        }
        System.out.print(report.summary());
        report.failures().forEach(f -> System.out.println(f + "\n"));
        report.close();
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }
}
