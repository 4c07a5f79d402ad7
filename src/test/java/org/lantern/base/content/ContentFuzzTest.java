package org.lantern.base.content;

import org.lantern.base.startup.StartupPhases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.base.LanternProperties;
import org.lantern.surveys.SurveyContentAccess;
import org.lantern.training.TrainingContentAccess;
import org.lantern.training.tools.ToolCatalogue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of seeded malformed content files (see {@link Mutations}) through every content parser:
 * each loads or is refused with its file, line and a plain message, never anything else, and the
 * rest of the content stays live. The full-size run is a documented command (README, "Fuzzing").
 */
class ContentFuzzTest {

    private static final long SEED = 20261202L;

    @TempDir
    Path folder;

    @Test
    void malformedContentIsLoadedOrRefusedClearlyAndNeverTakesDownValidContent() {
        List<ContentFuzzer.Target> targets = ContentFuzzer.targets(Path.of("content"));
        FuzzReport report = new FuzzReport(10_000);
        try {
            ContentFuzzer.run(targets, 2_800, SEED, report);
        } finally {
            report.close();
        }
        System.out.print("[content fuzzing]\n" + report.summary());
        assertThat(report.failures()).as("inputs that crashed, hung or were refused unclearly").isEmpty();
        for (ContentFuzzer.Target target : targets) {
            assertThat(report.count(target.name(), FuzzReport.Outcome.REJECTED))
                    .as("the generator breaks %s files", target.name()).isGreaterThan(150);
        }
    }

    @Test
    void lineNumbersCountLinesAsAnEditorDoes() {
        // the YAML parser also breaks lines at U+2028 and NEL; an editor (and the problem list) does not
        String text = "title: \"a\u2028b\u0085c\"\nnope: x\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> YamlNode.parse(text, 0).allowOnly(java.util.Set.of("title")))
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Unknown field 'nope'");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void theSameSeedGivesTheSameInputs() {
        java.util.Random a = new java.util.Random(5);
        java.util.Random b = new java.util.Random(5);
        String text = "key: demo\ntitle: Demo\nitems:\n  - {key: a, type: text}\n";
        for (int i = 0; i < 200; i++) {
            assertThat(Mutations.content(text, a)).isEqualTo(Mutations.content(text, b));
        }
    }

    @Test
    void aReloadWithBrokenAndWronglyEncodedFilesKeepsEverythingThatWasLive() throws Exception {
        copyShippedContent();
        ContentCatalogue modules = TrainingContentAccess.newModuleCatalogue();
        ContentCatalogue tools = new ToolCatalogue();
        ContentCatalogue surveys = SurveyContentAccess.newSurveyCatalogue();
        var properties = new LanternProperties(Path.of("unused"), folder, false, new LanternProperties.EmbeddedDb(false, true));
        ContentService service = new ContentService(properties, List.of(modules, tools, surveys), event -> { }, Clock.systemUTC(), new StartupPhases());
        assertThat(service.reload(p -> { }).problems()).isEmpty();
        int liveModules = modules.size();
        int liveTools = tools.size();
        int liveSurveys = surveys.size();

        Path module = firstModuleYaml();
        Files.writeString(module, "key: [unclosed\n");
        Files.writeString(folder.resolve("tools/safety-plan.yaml"), "\u0000");
        Path survey = folder.resolve("surveys/recovery-knowledge.yaml");
        byte[] latin1 = Files.readString(survey).replaceFirst("title: ", "title: Caf\u00e9 ").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(survey, latin1);

        ContentService.LoadReport report = service.reload(p -> { });
        assertThat(report.problems()).extracting(ContentProblem::file)
                .contains(folder.relativize(module).toString().replace('\\', '/'), "tools/safety-plan.yaml",
                        "surveys/recovery-knowledge.yaml");
        assertThat(report.problems()).filteredOn(p -> p.file().equals("surveys/recovery-knowledge.yaml"))
                .anySatisfy(p -> {
                    assertThat(p.line()).isPositive();
                    assertThat(p.message()).startsWith("This file is not UTF-8 text");
                });
        assertThat(modules.size()).as("the broken module's last good version stays live").isEqualTo(liveModules);
        assertThat(tools.size()).as("the broken tool's last good version stays live").isEqualTo(liveTools);
        assertThat(surveys.size()).as("the broken survey's last good version stays live").isEqualTo(liveSurveys);
    }

    @Test
    void aCatalogueThatFailsUnexpectedlyIsReportedAndTheOthersStillReload() {
        ContentCatalogue failing = new ContentCatalogue() {
            private int loads;

            @Override
            public String title() {
                return "Failing";
            }

            @Override
            public void load(ContentFiles files, ContentProblems problems) {
                if (++loads > 1) {
                    throw new IllegalStateException("boom");
                }
            }

            @Override
            public int size() {
                return 1;
            }
        };
        ContentCatalogue tools = new ToolCatalogue();
        var properties = new LanternProperties(Path.of("unused"), Path.of("content"), false, new LanternProperties.EmbeddedDb(false, true));
        ContentService service = new ContentService(properties, List.of(failing, tools), event -> { }, Clock.systemUTC(), new StartupPhases());
        service.reload(p -> { });
        ContentService.LoadReport second = service.reload(p -> { });
        assertThat(second.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("(Failing)"));
        assertThat(second.counts()).extracting(ContentService.CatalogueCount::items).containsExactly(1, tools.size());
        assertThat(tools.size()).isGreaterThanOrEqualTo(3);
    }

    private void copyShippedContent() throws Exception {
        Path source = Path.of("content");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path target = folder.resolve(source.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }

    private Path firstModuleYaml() throws Exception {
        try (Stream<Path> walk = Files.walk(folder.resolve("modules"))) {
            return walk.filter(p -> p.getFileName().toString().equals("module.yaml")).min(Comparator.naturalOrder()).orElseThrow();
        }
    }
}
