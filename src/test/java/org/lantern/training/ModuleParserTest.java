package org.lantern.training;

import org.junit.jupiter.api.Test;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblem;
import org.lantern.base.content.ContentProblems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleParserTest {

    private static final String MODULE = """
            key: tiny-module
            title: Tiny module
            summary: A module for tests.
            order: 1
            estimatedMinutes: 20
            objectives:
              - Know a thing.
            """;
    private static final String LESSON = """
            ---
            title: First lesson
            minutes: 10
            reflection:
              - What did you notice?
            tool: risk-decision
            ---
            Some **text** <script>alert(1)</script>.
            """;
    private static final String CHECK = """
            questions:
              - key: q1
                type: true-false
                text: Risk is part of life.
                options:
                  - {text: "True", correct: true, explanation: Yes.}
                  - {text: "False", correct: false, explanation: No.}
            """;

    private final ModuleCatalogue catalogue = new ModuleCatalogue();

    private List<ContentProblem> load(String module, String lesson, String check) {
        List<ContentFile> files = new ArrayList<>();
        files.add(new ContentFile("modules/01-tiny/module.yaml", module));
        if (lesson != null) {
            files.add(new ContentFile("modules/01-tiny/lessons/01-first.md", lesson));
        }
        if (check != null) {
            files.add(new ContentFile("modules/01-tiny/knowledge-check.yaml", check));
        }
        ContentProblems problems = new ContentProblems();
        catalogue.load(ContentFiles.of(files, "test"), problems);
        return problems.list();
    }

    @Test
    void theShippedModulesAreAllValid() {
        ContentProblems problems = new ContentProblems();
        catalogue.load(ContentFiles.fromFolder(Path.of("content")), problems);
        assertThat(problems.list()).isEmpty();
        assertThat(catalogue.modules()).hasSizeGreaterThanOrEqualTo(6);
        for (TrainingModule m : catalogue.modules()) {
            assertThat(m.lessons()).as(m.key()).hasSizeBetween(3, 6);
            assertThat(m.check().questions()).as(m.key()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(m.check().questions()).allSatisfy(q -> assertThat(q.options()).allSatisfy(o -> assertThat(o.explanation()).isNotBlank()));
            assertThat(m.lessons()).allSatisfy(l -> assertThat(l.minutes()).isLessThanOrEqualTo(15));
        }
        assertThat(catalogue.modules()).extracting(TrainingModule::key).startsWith("recovery-in-everyday-practice", "positive-risk-taking");
    }

    @Test
    void aModuleMayExpireAfterAPeriodInWordsOrIso() {
        assertThat(load(MODULE + "validFor: 2 years\n", LESSON, CHECK)).isEmpty();
        assertThat(catalogue.module("tiny-module").orElseThrow().validFor()).isEqualTo(java.time.Period.ofYears(2));
        assertThat(catalogue.module("tiny-module").orElseThrow().validUntil(java.time.LocalDate.of(2026, 3, 31)))
                .isEqualTo(java.time.LocalDate.of(2028, 3, 31));
        assertThat(load(MODULE + "validFor: P18M\n", LESSON, CHECK)).isEmpty();
        assertThat(catalogue.module("tiny-module").orElseThrow().validFor()).isEqualTo(java.time.Period.of(1, 6, 0));
        assertThat(load(MODULE + "validFor: 6 months\n", LESSON, CHECK)).isEmpty();
        assertThat(catalogue.module("tiny-module").orElseThrow().validFor()).isEqualTo(java.time.Period.ofMonths(6));
        assertThat(load(MODULE, LESSON, CHECK)).isEmpty();
        assertThat(catalogue.module("tiny-module").orElseThrow().validFor()).as("no validFor: never expires").isNull();
    }

    @Test
    void aPeriodThatCannotBeReadIsAContentProblemOnItsLine() {
        assertThat(load(MODULE + "validFor: two years\n", LESSON, CHECK)).containsExactly(new ContentProblem("modules/01-tiny/module.yaml", 8,
                "'validFor' must be a period such as 2 years, 18 months or P2Y, not 'two years'."));
        assertThat(load(MODULE + "validFor: P30D\n", LESSON, CHECK)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("'validFor' must be whole months or years, between 1 month and 10 years, not 'P30D'."));
        assertThat(load(MODULE + "validFor: 20 years\n", LESSON, CHECK)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("between 1 month and 10 years"));
    }

    @Test
    void positiveRiskTakingIsRefreshedEveryTwoYears() {
        catalogue.load(ContentFiles.fromFolder(Path.of("content")), new ContentProblems());
        assertThat(catalogue.module("positive-risk-taking").orElseThrow().validFor()).isEqualTo(java.time.Period.ofYears(2));
        assertThat(catalogue.module("recovery-in-everyday-practice").orElseThrow().validFor()).isNull();
    }

    @Test
    void aValidModuleIsReadWithSafeHtml() {
        assertThat(load(MODULE, LESSON, CHECK)).isEmpty();
        TrainingModule m = catalogue.module("tiny-module").orElseThrow();
        assertThat(m.passMark()).isEqualTo(80);
        TrainingModule.Lesson lesson = m.lessons().getFirst();
        assertThat(lesson.key()).isEqualTo("01-first");
        assertThat(lesson.toolKey()).isEqualTo("risk-decision");
        assertThat(lesson.reflection()).containsExactly("What did you notice?");
        assertThat(lesson.html()).contains("<strong>text</strong>").doesNotContain("<script>");
    }

    @Test
    void lessonProblemsNameTheFileAndLine() {
        String noMinutes = "---\ntitle: First lesson\nminutes: lots\n---\nBody\n";
        assertThat(load(MODULE, noMinutes, CHECK)).containsExactly(
                new ContentProblem("modules/01-tiny/lessons/01-first.md", 3, "'minutes' should be a whole number, not 'lots'."));
    }

    @Test
    void checkRulesAreEnforced() {
        String twoCorrect = CHECK.replace("correct: false", "correct: true");
        assertThat(load(MODULE, LESSON, twoCorrect)).containsExactly(new ContentProblem(
                "modules/01-tiny/knowledge-check.yaml", 6, "Question 'q1' (true-false) must have exactly one correct option, not 2."));
        String badType = CHECK.replace("true-false", "essay");
        assertThat(load(MODULE, LESSON, badType)).containsExactly(new ContentProblem(
                "modules/01-tiny/knowledge-check.yaml", 3, "Unknown question type 'essay'. Use single, multiple or true-false."));
        String noExplanation = CHECK.replace(", explanation: No.", "");
        assertThat(load(MODULE, LESSON, noExplanation)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("missing required field 'explanation'"));
    }

    @Test
    void missingPartsAndTyposAreReported() {
        assertThat(load(MODULE, LESSON, null)).containsExactly(new ContentProblem(
                "modules/01-tiny/knowledge-check.yaml", 0, "Missing: every module needs a knowledge check."));
        assertThat(load(MODULE.replace("order: 1", "ordr: 1"), LESSON, CHECK)).containsExactly(new ContentProblem(
                "modules/01-tiny/module.yaml", 4, "Unknown field 'ordr'. Known fields here: estimatedMinutes, key, objectives, order, passMark, summary, themes, title, validFor."));
    }

    @Test
    void aBrokenReloadKeepsTheLastValidVersionLive() {
        assertThat(load(MODULE, LESSON, CHECK)).isEmpty();
        List<ContentProblem> problems = load(MODULE.replace("title: Tiny module", "title: \"Tiny"), LESSON, CHECK);
        assertThat(problems).hasSize(2);
        assertThat(problems.getFirst().file()).isEqualTo("modules/01-tiny/module.yaml");
        assertThat(problems.getFirst().message()).startsWith("YAML syntax error");
        assertThat(problems.get(1).message()).isEqualTo("Still showing the last valid version of this module.");
        assertThat(catalogue.module("tiny-module")).get().extracting(TrainingModule::title).isEqualTo("Tiny module");
    }
}
