package org.lantern.audit;

import org.jspecify.annotations.Nullable;
import org.lantern.base.export.TextZip;
import org.lantern.base.privacy.PersonalDataSection;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a person's data as a ZIP from the sections every feature gave: one JSON file per section for
 * machines, then for people the README.md, the Markdown documents (the journal) and CSV tables.
 */
final class MyDataZip {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private MyDataZip() {
    }

    /** The person the data is about, as the README names them. */
    record Person(String displayName, String username) {
    }

    static byte[] write(Person person, List<PersonalDataSection> sections, OffsetDateTime madeAt) {
        List<PersonalDataSection> ordered = sections.stream()
                .sorted(Comparator.comparingInt(PersonalDataSection::position)).toList();
        TextZip zip = new TextZip();
        zip.add("README.md", readme(person, ordered, madeAt));
        for (var section : ordered) {
            zip.add(section.name() + ".json", JSON.writeValueAsString(section.data()) + "\n");
        }
        for (var document : ordered.stream().flatMap(s -> s.documents().stream()).toList()) {
            zip.add(document.fileName(), document.markdown());
        }
        for (var table : ordered.stream().flatMap(s -> s.tables().stream()).toList()) {
            zip.add(table.fileName(), csv(table.header(), table.rows()));
        }
        return zip.finish();
    }

    /** The introduction, then each section's lines under its heading; consecutive sections with one heading share it. */
    private static String readme(Person person, List<PersonalDataSection> sections, OffsetDateTime madeAt) {
        StringBuilder md = new StringBuilder();
        md.append("# Your data in Lantern\n\n")
                .append("Made on ").append(madeAt.toLocalDate()).append(" for **").append(person.displayName())
                .append("** (user name `").append(person.username()).append("`).\n\n")
                .append("The `.json` files hold everything, for other programs; this file, `journal.md` and the `.csv` files ")
                .append("are the same data to read or open in a spreadsheet. Feedback you gave after reflective sessions ")
                .append("is not here: it is stored without your name, so nobody can tell it was yours.\n\n");
        List<String> parts = new ArrayList<>();
        @Nullable String heading = null;
        StringBuilder part = new StringBuilder();
        for (var section : sections) {
            if (!section.heading().equals(heading)) {
                if (heading != null) {
                    parts.add(part.toString());
                }
                heading = section.heading();
                part = new StringBuilder("## ").append(heading).append("\n\n");
            }
            part.append(section.readme());
        }
        if (heading != null) {
            parts.add(part.toString());
        }
        return md.append(String.join("\n", parts)).toString();
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", header));
        rows.forEach(row -> lines.add(row.stream().map(AuditService::csvCell).collect(Collectors.joining(","))));
        return String.join("\r\n", lines) + "\r\n";
    }
}
