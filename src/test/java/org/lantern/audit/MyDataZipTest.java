package org.lantern.audit;

import org.junit.jupiter.api.Test;
import org.lantern.base.privacy.PersonalDataSection;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ZIP is put together from the features' sections, in their positions, whatever order they came in. */
class MyDataZipTest {

    record Note(String text) {
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void sectionsInTheirPositionsMachinesFilesFirstAndSharedHeadingsOnce() throws Exception {
        var tools = PersonalDataSection.of(40, "saved-tools", List.of(), "Journal and practice tools", "- Saved practice tools: 0\n");
        var journal = PersonalDataSection.of(30, "journal", List.of(new Note("Hello")), "Journal and practice tools",
                "- Journal entries: 1\n").withDocument("journal.md", "# My journal\n");
        var profile = PersonalDataSection.of(10, "profile", new Note("Me"), "Profile", "- Name: Sam\n")
                .withTable("profile.csv", List.of("name", "note"), List.of(List.of("Sam", "=1+1")));

        Map<String, String> files = unzip(MyDataZip.write(new MyDataZip.Person("Sam Patel", "sam"),
                List.of(tools, journal, profile), OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC)));

        assertThat(files.keySet()).containsExactly("README.md", "profile.json", "journal.json", "saved-tools.json",
                "journal.md", "profile.csv");
        assertThat(files.get("journal.json")).contains("\"text\" : \"Hello\"");
        assertThat(files.get("profile.csv")).isEqualTo("name,note\r\nSam,'=1+1\r\n");
        assertThat(files.get("README.md")).startsWith("# Your data in Lantern\n\nMade on 2026-12-07 for **Sam Patel** (user name `sam`).")
                .endsWith("## Profile\n\n- Name: Sam\n\n## Journal and practice tools\n\n- Journal entries: 1\n- Saved practice tools: 0\n");
    }
}
