package org.lantern.training.tools;

import org.junit.jupiter.api.Test;
import org.lantern.base.export.ScriptNames;
import org.lantern.training.tools.ToolDefinition.Field;
import org.lantern.training.tools.ToolDefinition.FieldType;
import org.lantern.training.tools.ToolDefinition.Section;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ToolPdfTest {

    @Test
    void aSavedCopyKeepsNamesInEveryScriptInItsTitleAndAnswers() {
        ToolDefinition tool = new ToolDefinition("plan", "Safety plan", "", "", List.of(new Section("people", "People",
                "", List.of(new Field("who", FieldType.TEXT, "Who can help?", "", List.of(), "")))));
        Instant at = Instant.parse("2026-05-04T10:00:00Z");
        SavedTool copy = new SavedTool(1, "plan", "Plan with " + ScriptNames.NAMES.getFirst(),
                Map.of("who", ScriptNames.ALL), at, at);

        String text = ScriptNames.textOf(ToolPdf.render(tool, copy, ZoneOffset.UTC));

        assertThat(text).contains("Plan with Łukasz", "Who can help?");
        assertThat(text).contains(ScriptNames.NAMES);
    }
}
