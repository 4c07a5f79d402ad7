package org.lantern.surveys;

import org.junit.jupiter.api.Test;
import org.lantern.base.content.ContentException;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblem;
import org.lantern.base.content.ContentProblems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyParserTest {

    private static final String VALID = """
            key: mini
            title: Mini survey
            scale: {min: 1, max: 5, labels: [Strongly disagree, Disagree, Not sure, Agree, Strongly agree]}
            themes:
              - {key: hope, title: Hope}
            items:
              - {key: hope-1, theme: hope, type: likert, text: "I feel hopeful.", reverse: false}
              - {key: hope-2, theme: hope, type: likert, text: "I do not feel hopeful.", reverse: true}
              - {key: hope-k1, theme: hope, type: choice, text: "Pick one", options: [A, B], answer: B}
              - {key: comments, type: text, text: "Anything else?"}
            """;

    @Test
    void theShippedRecoverySurveyMeetsTheBrief() throws Exception {
        SurveyDefinition s = SurveyParser.parse("recovery-knowledge.yaml",
                Files.readString(Path.of("content/surveys/recovery-knowledge.yaml")));
        assertThat(s.scoredItems()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(s.themes()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(s.items()).filteredOn(SurveyDefinition.Item::reverse).isNotEmpty();
        assertThat(s.items()).filteredOn(i -> i.type() == SurveyDefinition.ItemType.TEXT).hasSizeBetween(2, 3);
        assertThat(s.scale().labels()).containsExactly("Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree");
    }

    @Test
    void surveyVersionTwoMeasuresEveryModuleAndSeparatesBeliefFromTeamPractice() throws Exception {
        SurveyDefinition v2 = SurveyParser.parse("recovery-knowledge-v2.yaml",
                Files.readString(Path.of("content/surveys/recovery-knowledge-v2.yaml")));
        assertThat(v2.themes()).extracting(SurveyDefinition.Theme::key)
                .contains("hope", "goals", "carers", "risk", "distress", "strengths", "values", "planning", "self-directed", "team");
        for (SurveyDefinition.Theme theme : v2.themes()) {
            List<SurveyDefinition.Item> likert = v2.items().stream()
                    .filter(i -> i.theme().equals(theme.key()) && i.type() == SurveyDefinition.ItemType.LIKERT).toList();
            assertThat(likert).as(theme.key() + ": at least four statements").hasSizeGreaterThanOrEqualTo(4);
            assertThat(likert).as(theme.key() + ": one about what the team does").anyMatch(i -> i.text().startsWith("In my team"));
            assertThat(likert).as(theme.key() + ": one about the staff member's own belief or practice")
                    .anyMatch(i -> !i.text().startsWith("In my team"));
            assertThat(v2.items()).as(theme.key() + ": a knowledge question")
                    .anyMatch(i -> i.theme().equals(theme.key()) && i.type() == SurveyDefinition.ItemType.CHOICE);
        }
        assertThat(v2.items()).extracting(SurveyDefinition.Item::text).as("the old extreme item is gone")
                .noneMatch(t -> t.contains("carries any risk"));
        SurveyDefinition v1 = SurveyParser.parse("recovery-knowledge.yaml",
                Files.readString(Path.of("content/surveys/recovery-knowledge.yaml")));
        assertThat(v1.themes()).as("version 1 is unchanged, so old programmes still report").hasSize(6);
        assertThat(v1.items()).extracting(SurveyDefinition.Item::text).anyMatch(t -> t.contains("carries any risk"));
    }

    @Test
    void readsTheDocumentedShape() {
        SurveyDefinition s = SurveyParser.parse("mini.yaml", VALID);
        assertThat(s.items()).extracting(SurveyDefinition.Item::type).containsExactly(
                SurveyDefinition.ItemType.LIKERT, SurveyDefinition.ItemType.LIKERT, SurveyDefinition.ItemType.CHOICE, SurveyDefinition.ItemType.TEXT);
        assertThat(s.item("hope-2").orElseThrow().reverse()).isTrue();
        assertThat(s.item("hope-k1").orElseThrow().answer()).isEqualTo("B");
    }

    private static ContentException failure(String text) {
        return (ContentException) org.assertj.core.api.Assertions.catchThrowable(() -> SurveyParser.parse("mini.yaml", text));
    }

    @Test
    void mistakesAreReportedWithLineAndReason() {
        ContentException e = failure(VALID.replace("type: choice", "type: essay"));
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).isEqualTo("Unknown item type 'essay'. Use likert, choice or text.");

        e = failure(VALID.replace("answer: B", "answer: C"));
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).isEqualTo("Choice item 'hope-k1': 'answer' must be exactly one of its options.");

        e = failure(VALID.replace("theme: hope, type: likert, text: \"I feel", "theme: joy, type: likert, text: \"I feel"));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).isEqualTo("Item 'hope-1' names the theme 'joy', which is not in the themes list.");

        e = failure(VALID.replace("Not sure, ", ""));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("The scale from 1 to 5 needs 5 labels, not 4.");

        assertThatThrownBy(() -> SurveyParser.parse("other.yaml", VALID))
                .hasMessage("The key 'mini' must match the file name 'other'.");
        e = failure(VALID.replace("key: comments, type: text", "key: comments, type: text, reverse: true"));
        assertThat(e.getMessage()).isEqualTo("Free-text item 'comments' is never scored, so it cannot be reversed.");
    }

    @Test
    void likertItemsMayOfferNotApplicableAndOtherKindsAreToldWhyNot() {
        SurveyDefinition s = SurveyParser.parse("mini.yaml", VALID.replace("text: \"I feel hopeful.\", reverse: false",
                "text: \"I feel hopeful.\", reverse: false, notApplicable: true"));
        assertThat(s.item("hope-1").orElseThrow().notApplicable()).isTrue();
        assertThat(s.item("hope-2").orElseThrow().notApplicable()).as("off unless asked for").isFalse();

        ContentException e = failure(VALID.replace("options: [A, B], answer: B", "options: [A, B], answer: B, notApplicable: true"));
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).isEqualTo("Item 'hope-k1': only likert items can offer 'Not applicable'. "
                + "A knowledge question has a right answer for everyone.");
        e = failure(VALID.replace("type: text, text:", "type: text, notApplicable: true, text:"));
        assertThat(e.getMessage()).isEqualTo("Item 'comments': only likert items can offer 'Not applicable'. "
                + "A free-text question is optional already.");
        e = failure(VALID.replace("reverse: true}", "reverse: true, notApplicable: sometimes}"));
        assertThat(e.getMessage()).isEqualTo("'notApplicable' should be true or false, not 'sometimes'.");
    }

    @Test
    void likertItemsMayHaveAThenTestVersionKeptApartUnderItsOwnKey() {
        SurveyDefinition s = SurveyParser.parse("mini.yaml", VALID
                .replace("text: \"I feel hopeful.\", reverse: false", "text: \"I feel hopeful.\", reverse: false, thenTest: true")
                .replace("reverse: true}", "reverse: true, thenTest: true, thenTestText: \"Before the training, I did not feel hopeful.\"}"));
        assertThat(s.thenTestItems()).extracting(SurveyDefinition.Item::key).containsExactly("hope-1.then", "hope-2.then");
        assertThat(s.thenTestItem("hope-1.then").orElseThrow().text()).as("the question's own wording unless given")
                .isEqualTo("I feel hopeful.");
        assertThat(s.thenTestItem("hope-2.then").orElseThrow().text()).isEqualTo("Before the training, I did not feel hopeful.");
        assertThat(s.thenTestItem("hope-2.then").orElseThrow().reverse()).as("scored like its question").isTrue();
        assertThat(s.item("hope-1.then")).as("not one of the survey's own questions").isEmpty();
        assertThat(s.importColumns()).endsWith("comments", "hope-1.then", "hope-2.then");

        ContentException e = failure(VALID.replace("options: [A, B], answer: B", "options: [A, B], answer: B, thenTest: true"));
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).isEqualTo("Item 'hope-k1': only likert items can have a then-test (looking back) version.");
        e = failure(VALID.replace("reverse: true}", "reverse: true, thenTestText: \"Before...\"}"));
        assertThat(e.getMessage()).isEqualTo("Item 'hope-2' has 'thenTestText' but no 'thenTest: true'.");
    }

    @Test
    void theThenTestSurveyIsVersionOneWithLookingBackQuestionsOnHopeAndGoals() throws Exception {
        SurveyDefinition v1 = SurveyParser.parse("recovery-knowledge.yaml", Files.readString(Path.of("content/surveys/recovery-knowledge.yaml")));
        SurveyDefinition then = SurveyParser.parse("recovery-knowledge-then-test.yaml",
                Files.readString(Path.of("content/surveys/recovery-knowledge-then-test.yaml")));
        assertThat(v1.thenTestItems()).as("version 1 keeps its meaning").isEmpty();
        assertThat(then.items()).extracting(SurveyDefinition.Item::text).containsExactlyElementsOf(v1.items().stream()
                .map(SurveyDefinition.Item::text).toList());
        assertThat(then.thenTestItems()).hasSize(8).allMatch(i -> i.theme().equals("hope") || i.theme().equals("goals"));
    }

    @Test
    void surveyVersionTwoOffersNotApplicableWhereItsCommentsSayItFits() throws Exception {
        String text = Files.readString(Path.of("content/surveys/recovery-knowledge-v2.yaml"));
        SurveyDefinition v2 = SurveyParser.parse("recovery-knowledge-v2.yaml", text);
        List<String> marked = new java.util.ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].strip().startsWith("# N/A fits")) {
                marked.add(lines[i + 1].replaceAll(".*key: \"([^\"]+)\".*", "$1"));
            }
        }
        assertThat(marked).hasSize(5);
        assertThat(v2.items()).filteredOn(SurveyDefinition.Item::notApplicable).extracting(SurveyDefinition.Item::key)
                .containsExactlyInAnyOrderElementsOf(marked);
        SurveyDefinition v1 = SurveyParser.parse("recovery-knowledge.yaml",
                Files.readString(Path.of("content/surveys/recovery-knowledge.yaml")));
        assertThat(v1.items()).as("version 1 loads unchanged, without the new answer").noneMatch(SurveyDefinition.Item::notApplicable);
    }

    @Test
    void aBrokenFileIsReportedAndOtherSurveysKeepWorking() {
        SurveyCatalogue catalogue = new SurveyCatalogue();
        ContentProblems problems = new ContentProblems();
        catalogue.load(ContentFiles.of(List.of(new ContentFile("surveys/mini.yaml", VALID),
                new ContentFile("surveys/broken.yaml", "key: broken\ntitle: [unclosed\n")), "test"), problems);
        assertThat(catalogue.survey("mini")).isPresent();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("surveys/broken.yaml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("YAML syntax error");
        });

        problems = new ContentProblems();
        catalogue.load(ContentFiles.of(List.of(new ContentFile("surveys/mini.yaml", VALID.replace("answer: B", "answer: Z"))), "test"), problems);
        assertThat(problems.list()).extracting(ContentProblem::message)
                .contains("Still using the last valid version of this survey.");
        assertThat(catalogue.survey("mini")).isPresent();
    }
}
