package org.lantern.actions;

import org.junit.jupiter.api.Test;
import org.lantern.base.export.ScriptNames;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActionExportTest {

    @Test
    void thePrintedActionLogKeepsNamesInEveryScript() {
        Instant at = Instant.parse("2026-05-04T10:00:00Z");
        List<ActionPoint> actions = new ArrayList<>();
        for (String name : ScriptNames.NAMES) {
            actions.add(new ActionPoint(actions.size() + 1, 7, "Team Ægir", "Call " + name + "'s carer", 1L, name,
                    LocalDate.of(2026, 6, 1), ActionStatus.OPEN, null, ActionOrigin.DIRECT, null, at, at, false));
        }

        String text = ScriptNames.textOf(ActionExport.pdf("Team Ægir", actions, LocalDate.of(2026, 5, 4)));

        assertThat(text).contains("Action log: Team Ægir", "Call Łukasz's carer");
        assertThat(text).contains(ScriptNames.NAMES);
    }
}
