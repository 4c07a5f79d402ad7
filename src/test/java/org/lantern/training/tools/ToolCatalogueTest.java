package org.lantern.training.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.base.content.ContentFile;
import org.lantern.base.content.ContentFiles;
import org.lantern.base.content.ContentProblem;
import org.lantern.base.content.ContentProblems;
import org.lantern.training.tools.ToolDefinition.FieldType;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ToolCatalogueTest {

    /** A small valid tool; the line numbers below refer to this text. */
    private static final String VALID = """
            key: demo-tool
            title: Demo tool
            summary: A tool for tests.
            intro: Use it in tests.
            sections:
              - key: first
                title: First section
                help: Some help.
                fields:
                  - {key: when, type: date, label: "When?"}
                  - {key: how, type: choice, label: "How did it go?", options: [Well, Badly]}
                  - {key: notes, type: textarea, label: "Notes", help: "Anything else."}
            """;

    private static List<ContentProblem> load(ToolCatalogue catalogue, ContentFile... files) {
        ContentProblems problems = new ContentProblems();
        catalogue.load(ContentFiles.of(List.of(files), "test"), problems);
        return problems.list();
    }

    @Test
    void theShippedToolsLoadWithoutProblems() {
        ToolCatalogue catalogue = new ToolCatalogue();
        ContentProblems problems = new ContentProblems();
        catalogue.load(ContentFiles.fromFolder(Path.of("content")), problems);

        assertThat(problems.list()).isEmpty();
        assertThat(catalogue.tools()).extracting(ToolDefinition::key)
                .containsExactlyInAnyOrder("safety-plan", "risk-decision", "strengths-checklist", "team-risk-statement");
        ToolDefinition risk = catalogue.tool("risk-decision").orElseThrow();
        assertThat(risk.field("likelihood")).get().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FieldType.CHOICE);
            assertThat(f.options()).containsExactly("Unlikely", "Possible", "Likely");
        });
        assertThat(risk.field("review-date")).get().extracting(ToolDefinition.Field::type).isEqualTo(FieldType.DATE);
        assertThat(catalogue.tool("safety-plan").orElseThrow().sections()).hasSize(7);
        // the safety plan starts with crisis lines the person can keep or change
        assertThat(catalogue.tool("safety-plan").orElseThrow().field("crisis-options")).get()
                .extracting(ToolDefinition.Field::defaultValue).asString()
                .contains("999", "NHS 111", "mental health option", "Samaritans", "116 123");
    }

    @Test
    void aTextFieldCanHaveADefault() {
        ToolCatalogue catalogue = new ToolCatalogue();
        String withDefault = VALID.replace("help: \"Anything else.\"}", "help: \"Anything else.\", default: \"Call 999.\"}");
        assertThat(load(catalogue, new ContentFile("tools/demo-tool.yaml", withDefault))).isEmpty();
        ToolDefinition tool = catalogue.tool("demo-tool").orElseThrow();
        assertThat(tool.field("notes")).get().extracting(ToolDefinition.Field::defaultValue).isEqualTo("Call 999.");
        assertThat(tool.field("how")).get().extracting(ToolDefinition.Field::defaultValue).isEqualTo("");
    }

    @Test
    void aValidFileBecomesATool() {
        ToolCatalogue catalogue = new ToolCatalogue();
        assertThat(load(catalogue, new ContentFile("tools/demo-tool.yaml", VALID))).isEmpty();
        ToolDefinition tool = catalogue.tool("demo-tool").orElseThrow();
        assertThat(tool.title()).isEqualTo("Demo tool");
        assertThat(tool.fields()).extracting(ToolDefinition.Field::key).containsExactly("when", "how", "notes");
        assertThat(tool.field("notes")).get().extracting(ToolDefinition.Field::help).isEqualTo("Anything else.");
        assertThat(tool.field("when")).get().extracting(ToolDefinition.Field::help).isEqualTo("");
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("unknown tool field", "sections:", "colour: blue\nsections:", 5,
                        "Unknown field 'colour'. Known fields here: intro, key, sections, summary, title."),
                broken("unknown field in a field", "label: \"When?\"}", "label: \"When?\", max: 3}", 10,
                        "Unknown field 'max'. Known fields here: default, help, key, label, options, type."),
                broken("missing label", ", label: \"When?\"}", "}", 10,
                        "'sections[1].fields[1]': missing required field 'label'."),
                broken("missing section help", "    help: Some help.\n", "", 6,
                        "'sections[1]': missing required field 'help'."),
                broken("missing tool title", "title: Demo tool\n", "", 1,
                        "missing required field 'title'."),
                broken("unknown type", "type: date", "type: number", 10,
                        "Unknown field type 'number'. Use text, textarea, checkbox, date or choice."),
                broken("choice without options", ", options: [Well, Badly]}", "}", 11,
                        "The choice field 'how' needs 'options': a list of the answers to choose from."),
                broken("choice with one option", "options: [Well, Badly]", "options: [Well]", 11,
                        "The choice field 'how' needs at least two options."),
                broken("repeated option", "options: [Well, Badly]", "options: [Well, Well]", 11,
                        "The option 'Well' appears twice in 'how'."),
                broken("options on a textarea", "label: \"Notes\", help", "label: \"Notes\", options: [A, B], help", 12,
                        "Only choice fields have 'options'; 'notes' is a textarea field."),
                broken("default on a date field", "label: \"When?\"}", "label: \"When?\", default: today}", 10,
                        "Only text and textarea fields have a 'default'; 'when' is a date field."),
                broken("default too long", "help: \"Anything else.\"}", "help: \"Anything else.\", default: \"" + "x".repeat(5_001) + "\"}", 12,
                        "The default of 'notes' is longer than the field allows (5000 characters)."),
                broken("duplicate field key", "{key: how,", "{key: when,", 11,
                        "Two fields have the key 'when'. Field keys must be different across the whole tool."),
                broken("duplicate section key", "fields:\n", "fields:\n      - {key: x, type: text, label: X}\n  - key: first\n    title: Again\n    help: Again.\n    fields:\n", 11,
                        "Two sections have the key 'first'."),
                broken("field named twice", "intro: Use it in tests.", "title: Again", 4,
                        "The field 'title' appears twice."),
                broken("key with capitals and a space", "{key: notes,", "{key: My Notes,", 12,
                        "The key 'My Notes' is not allowed: use lower-case letters, digits and dashes, like 'review-date'."),
                broken("key not matching the file name", "key: demo-tool", "key: demo-tools", 1,
                        "The key 'demo-tools' does not match the file name: a tool in demo-tool.yaml must have the key 'demo-tool'."));
    }

    private static Arguments broken(String name, String find, String replace, int line, String message) {
        return Arguments.of(name, find, replace, line, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFilesAreReportedWithLineAndReason(String name, String find, String replace, int line, String message) {
        String broken = VALID.replace(find, replace);
        assertThat(broken).as("test setup for " + name).isNotEqualTo(VALID);
        ToolCatalogue catalogue = new ToolCatalogue();

        List<ContentProblem> problems = load(catalogue, new ContentFile("tools/demo-tool.yaml", broken));

        assertThat(problems).containsExactly(new ContentProblem("tools/demo-tool.yaml", line, message));
        assertThat(catalogue.tool("demo-tool")).isEmpty();
    }

    @Test
    void aToolWithNoSectionsIsRefused() {
        String broken = VALID.substring(0, VALID.indexOf("sections:")) + "sections: []\n";
        assertThat(load(new ToolCatalogue(), new ContentFile("tools/demo-tool.yaml", broken)))
                .containsExactly(new ContentProblem("tools/demo-tool.yaml", 5, "'sections' must list at least one item."));
    }

    @Test
    void aYamlSyntaxErrorGivesItsLine() {
        String broken = VALID.replace("title: First section", "title: [First section");
        List<ContentProblem> problems = load(new ToolCatalogue(), new ContentFile("tools/demo-tool.yaml", broken));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("tools/demo-tool.yaml");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).startsWith("YAML syntax error");
        });
    }

    @Test
    void aBrokenFileKeepsItsLastGoodVersionAndOtherToolsLoad() {
        ToolCatalogue catalogue = new ToolCatalogue();
        String other = VALID.replace("key: demo-tool", "key: other-tool").replace("title: Demo tool", "title: Other tool");
        assertThat(load(catalogue, new ContentFile("tools/demo-tool.yaml", VALID))).isEmpty();

        String broken = VALID.replace("title: Demo tool", "title: Demo tool, changed").replace("type: date", "type: when");
        String brandNewBroken = VALID.replace("key: demo-tool", "key: new-tool").replace("label: \"Notes\", ", "");
        List<ContentProblem> problems = load(catalogue,
                new ContentFile("tools/demo-tool.yaml", broken),
                new ContentFile("tools/other-tool.yaml", other.replace("title: Other tool", "title: Other tool v2")),
                new ContentFile("tools/new-tool.yaml", brandNewBroken));

        assertThat(problems).extracting(ContentProblem::toString).containsExactly(
                "tools/demo-tool.yaml:10: Unknown field type 'when'. Use text, textarea, checkbox, date or choice.",
                "tools/new-tool.yaml:12: 'sections[1].fields[3]': missing required field 'label'.");
        assertThat(catalogue.tool("demo-tool")).get().extracting(ToolDefinition::title).isEqualTo("Demo tool");
        assertThat(catalogue.tool("other-tool")).get().extracting(ToolDefinition::title).isEqualTo("Other tool v2");
        assertThat(catalogue.tool("new-tool")).isEmpty();
        assertThat(catalogue.size()).isEqualTo(2);

        assertThat(load(catalogue, new ContentFile("tools/other-tool.yaml", other))).isEmpty();
        assertThat(catalogue.tools()).extracting(ToolDefinition::key).containsExactly("other-tool");
    }

    @Test
    void filesInSubFoldersAreReportedAndIgnored() {
        ToolCatalogue catalogue = new ToolCatalogue();
        List<ContentProblem> problems = load(catalogue, new ContentFile("tools/old/demo-tool.yaml", VALID));
        assertThat(problems).containsExactly(new ContentProblem("tools/old/demo-tool.yaml", 0,
                "Tools belong directly in the tools folder; files in sub-folders are not read."));
        assertThat(catalogue.size()).isZero();
    }
}
