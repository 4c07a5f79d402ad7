package org.lantern.base.privacy;

import java.util.List;

/**
 * One area of "Download my data": a JSON file {@code <name>.json} holding {@code data} (records,
 * written with their field names), lines under a heading of the README, and, for people rather than
 * programs, Markdown documents and CSV tables.
 *
 * <p>Sections are ordered by {@code position}: profile 10, training 20, journal 30, saved tools 40,
 * stories 50, surveys 60, actions owned 70, sessions attended 80, action updates 90, self-review
 * evidence 100, audit trail 110. Consecutive sections with the same heading share it in the README.
 *
 * @param readme Markdown under the heading, ending with a line break
 */
public record PersonalDataSection(int position, String name, Object data, String heading, String readme,
                                  List<Document> documents, List<Table> tables) {

    public PersonalDataSection {
        documents = List.copyOf(documents);
        tables = List.copyOf(tables);
    }

    /** A section with only its JSON file and README lines. */
    public static PersonalDataSection of(int position, String name, Object data, String heading, String readme) {
        return new PersonalDataSection(position, name, data, heading, readme, List.of(), List.of());
    }

    /** The same section with a Markdown document added. */
    public PersonalDataSection withDocument(String fileName, String markdown) {
        return new PersonalDataSection(position, name, data, heading, readme,
                concat(documents, new Document(fileName, markdown)), tables);
    }

    /** The same section with a table added (written as CSV, every cell made safe for spreadsheets). */
    public PersonalDataSection withTable(String fileName, List<String> header, List<List<String>> rows) {
        return new PersonalDataSection(position, name, data, heading, readme, documents,
                concat(tables, new Table(fileName, header, rows)));
    }

    private static <T> List<T> concat(List<T> list, T item) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(item)).toList();
    }

    /** A Markdown file for people to read. */
    public record Document(String fileName, String markdown) {
    }

    /** A table for a spreadsheet. */
    public record Table(String fileName, List<String> header, List<List<String>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }
}
