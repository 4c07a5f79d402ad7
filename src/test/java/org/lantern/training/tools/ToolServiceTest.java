package org.lantern.training.tools;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.LanternTest;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LanternTest
@Transactional
class ToolServiceTest {

    @Autowired
    PeopleService people;

    @Autowired
    ToolService tools;

    private static Map<String, String> riskAnswers() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("review-date", "2026-04-30");
        values.put("goal", "Walk to the shop on their own.");
        values.put("likelihood", "Possible");
        values.put("involved-person", "true");
        values.put("agrees-carers", "false");
        values.put("other-harms", "   ");
        return values;
    }

    @Test
    void theShippedToolsAreAvailable() {
        assertThat(tools.tools()).extracting(ToolDefinition::key)
                .contains("safety-plan", "risk-decision", "strengths-checklist");
        assertThat(tools.tool("risk-decision")).get().extracting(ToolDefinition::title)
                .isEqualTo("Risk decision-making checklist");
        assertThat(tools.tool("no-such-tool")).isEmpty();
    }

    @Test
    void staffSaveAChangeAndDeleteTheirOwnCopies() {
        SavedTool saved = tools.save(account("staff"), "risk-decision", null, "  Walking to the shop  ", riskAnswers());

        assertThat(saved.title()).isEqualTo("Walking to the shop");
        assertThat(saved.toolKey()).isEqualTo("risk-decision");
        assertThat(saved.values()).containsExactly(
                Map.entry("goal", "Walk to the shop on their own."),
                Map.entry("likelihood", "Possible"),
                Map.entry("involved-person", "true"),
                Map.entry("agrees-carers", "false"),
                Map.entry("review-date", "2026-04-30"));
        assertThat(tools.saved(account("staff"), "risk-decision")).extracting(SavedTool::id).contains(saved.id());
        assertThat(tools.saved(account("staff"), "safety-plan")).extracting(SavedTool::id).doesNotContain(saved.id());

        Map<String, String> changed = riskAnswers();
        changed.put("likelihood", "Unlikely");
        SavedTool updated = tools.save(account("staff"), "risk-decision", saved.id(), "", changed);
        assertThat(updated.id()).isEqualTo(saved.id());
        assertThat(updated.title()).startsWith("Risk decision-making checklist, ");
        assertThat(tools.find(account("staff"), saved.id())).get().extracting(c -> c.value("likelihood")).isEqualTo("Unlikely");

        tools.delete(account("staff"), saved.id());
        assertThat(tools.find(account("staff"), saved.id())).isEmpty();
        assertThatThrownBy(() -> tools.delete(account("staff"), saved.id()))
                .isInstanceOf(ToolException.class).hasMessage("That saved copy could not be found.");
    }

    @Test
    void answersAreCheckedAgainstTheToolDefinition() {
        assertRejected(Map.of("not-a-question", "x"), "This tool has no question 'not-a-question'.", "not-a-question");
        assertRejected(Map.of("review-date", "31/04/2026"), "\u201cReview date\u201d must be a date, such as 2026-03-31.", "review-date");
        assertRejected(Map.of("review-date", "2026-02-30"), "\u201cReview date\u201d must be a date, such as 2026-03-31.", "review-date");
        assertRejected(Map.of("likelihood", "Very likely"),
                "\u201cHow likely is this?\u201d must be one of: Unlikely, Possible, Likely.", "likelihood");
        assertRejected(Map.of("involved-person", "yes"),
                "\u201cThe person was involved in making this decision\u201d must be ticked or not ticked (true or false).",
                "involved-person");
        assertRejected(Map.of("involved-others", "x".repeat(301)),
                "\u201cAnyone else involved (name and role)\u201d is too long: at most 300 characters, and this has 301.",
                "involved-others");
        assertRejected(Map.of("goal", "x".repeat(5_001)),
                "\u201cWhat does the person want to do?\u201d is too long: at most 5,000 characters, and this has 5,001.",
                "goal");
        assertThat(tools.save(account("staff"), "risk-decision", null, "Longest answers",
                Map.of("goal", "x".repeat(5_000), "involved-others", "y".repeat(300))).values()).hasSize(2);
        assertThatThrownBy(() -> tools.save(account("staff"), "risk-decision", null, "t".repeat(201), Map.of()))
                .hasMessage("The title can be at most 200 characters.");
        assertThatThrownBy(() -> tools.save(account("staff"), "no-such-tool", null, "", Map.of()))
                .hasMessage("That practice tool could not be found.");
    }

    @Test
    void aCopyCannotBeSavedAsAnotherTool() {
        SavedTool saved = tools.save(account("staff"), "risk-decision", null, "Mine", riskAnswers());
        assertThatThrownBy(() -> tools.save(account("staff"), "safety-plan", saved.id(), "Moved", Map.of()))
                .hasMessage("That saved copy could not be found.");
    }

    private void assertRejected(Map<String, String> values, String message, String fieldKey) {
        assertThatThrownBy(() -> tools.save(account("staff"), "risk-decision", null, "Checked", new HashMap<>(values)))
                .isInstanceOfSatisfying(ToolException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.fieldKey()).contains(fieldKey);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "admin", "evaluator", "editor", "amira.k"})
    void nobodyElseCanSeeChangeDeleteOrPrintACopy(String other) {
        SavedTool mine = tools.save(account("staff"), "safety-plan", null, "My practice plan",
                Map.of("signs", "Sleeping less and skipping meals."));

        assertThat(tools.saved(account(other), "safety-plan")).extracting(SavedTool::id).doesNotContain(mine.id());
        assertThat(tools.find(account(other), mine.id())).isEmpty();
        assertThatThrownBy(() -> tools.save(account(other), "safety-plan", mine.id(), "Taken", Map.of()))
                .isInstanceOf(ToolException.class).hasMessage("That saved copy could not be found.");
        assertThatThrownBy(() -> tools.delete(account(other), mine.id()))
                .isInstanceOf(ToolException.class).hasMessage("That saved copy could not be found.");
        assertThatThrownBy(() -> tools.pdf(account(other), mine.id()))
                .isInstanceOf(ToolException.class).hasMessage("That saved copy could not be found.");

        assertThat(tools.find(account("staff"), mine.id())).get().extracting(SavedTool::title).isEqualTo("My practice plan");
    }

    @Test
    void thePdfHoldsTheTitleToolSectionsAnswersAndTheWarning() throws IOException {
        SavedTool saved = tools.save(account("staff"), "risk-decision", null, "Walking to the shop", riskAnswers());

        String text = textOf(tools.pdf(account("staff"), saved.id()));

        assertThat(text).contains("Walking to the shop", "Risk decision-making checklist",
                "For practice and reflection, not a clinical record.",
                "The goal", "What does the person want to do?", "Walk to the shop on their own.",
                "How likely is this?", "Possible", "30 April 2026", "Review", "Not answered");
        assertThat(text.replaceAll("\\s+", " ")).contains(ToolService.WARNING);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
