package org.lantern.journal;

import org.junit.jupiter.api.Test;
import org.lantern.base.export.ScriptNames;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JournalExportTest {

    @Test
    void thePdfKeepsNamesInEveryScriptInTheOwnerTitleAndText() {
        Instant at = Instant.parse("2026-05-04T10:00:00Z");
        JournalEntry entry = new JournalEntry(1, "Supervision with " + ScriptNames.NAMES.get(4), "I talked with "
                + ScriptNames.ALL + ".", "", JournalSource.free(), at, at);

        byte[] pdf = new JournalExport(ScriptNames.NAMES.get(1), List.of(entry), at, ZoneOffset.UTC).pdf();

        String text = ScriptNames.textOf(pdf);
        assertThat(text).contains("Nguyễn Thị Hoa, exported", "Supervision with Ольга");
        assertThat(text).contains(ScriptNames.NAMES);
    }
}
