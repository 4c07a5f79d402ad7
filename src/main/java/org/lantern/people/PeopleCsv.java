package org.lantern.people;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lantern.base.security.Role;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a people file exported from an HR or rostering system: UTF-8 (with or without a byte order
 * mark), RFC 4180 quoting, CRLF or LF, blank lines skipped, the columns of {@link #COLUMNS} in any
 * order (others are ignored). Each line is checked on its own; a line with a problem becomes a
 * {@link ImportPlan.Rejection} with its line number (the header is line 1). Nothing here reads the database.
 */
final class PeopleCsv {

    static final List<String> COLUMNS = List.of("username", "display_name", "email", "teams", "roles", "manages", "active");
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PEOPLE = 50_000;

    /** One person as the file gives them, already checked for shape. */
    record Row(long line, String username, String displayName, String email, Set<Role> roles,
               List<String> teams, List<String> manages, boolean active) {
    }

    /**
     * @param named every user name the file names, rejected lines included, so that a person whose line
     *              has a mistake is never taken for a leaver
     */
    record Parsed(List<Row> rows, List<ImportPlan.Rejection> rejected, Set<String> named, List<String> ignoredColumns) {
    }

    private PeopleCsv() {
    }

    /** @throws PeopleException when the file as a whole cannot be used; nothing is imported then */
    static Parsed parse(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new PeopleException("The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB. Split it, or leave out "
                    + "columns Lantern does not use.");
        }
        String text = decode(file);
        List<Row> rows = new ArrayList<>();
        List<ImportPlan.Rejection> rejected = new ArrayList<>();
        Set<String> named = new java.util.HashSet<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!hasNext(records, 1)) {
                throw new PeopleException("The file is empty. Its first line must name the columns: " + String.join(",", COLUMNS) + ".");
            }
            Map<String, Integer> header = header(records.next());
            List<String> ignored = new ArrayList<>(header.keySet().stream().filter(c -> !COLUMNS.contains(c)).toList());
            long lastLine = parser.getCurrentLineNumber();
            while (hasNext(records, lastLine + 1)) {
                CSVRecord record = records.next();
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (rows.size() + rejected.size() >= MAX_PEOPLE) {
                    throw new PeopleException("The file has more than " + String.format(Locale.UK, "%,d", MAX_PEOPLE)
                            + " people. Split it into smaller files.");
                }
                String username = cell(record, header, "username");
                try {
                    username = AccountRules.username(username);
                    named.add(username);
                    rows.add(row(line, username, record, header));
                } catch (PeopleException e) {
                    rejected.add(new ImportPlan.Rejection(line, (username.isBlank() ? "" : "'" + username.strip() + "': ")
                            + e.getMessage()));
                }
            }
            return new Parsed(rows, rejected, named, List.copyOf(ignored));
        } catch (IOException e) {
            throw new PeopleException("The file could not be read: " + e.getMessage());
        }
    }

    private static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new PeopleException("The file is not UTF-8 text. Save it again as \"CSV UTF-8\" (in Excel: Save as, "
                    + "CSV UTF-8 (Comma delimited)).");
        }
    }

    /** Reading ahead fails on a quote that never closes: that is a problem with the rest of the file. */
    private static boolean hasNext(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new PeopleException("Line " + line + " cannot be read: check that every quote (\") that opens a value "
                    + "also closes it. Nothing was imported.");
        }
    }

    private static Map<String, Integer> header(CSVRecord first) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (header.putIfAbsent(name, i) != null) {
                throw new PeopleException("Line 1 names the column '" + name + "' twice.");
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new PeopleException("Line 1 has no " + String.join(", ", missing.stream().map(c -> "'" + c + "'").toList())
                    + (missing.size() == 1 ? " column" : " columns") + ". The first line must name these columns, in any order: "
                    + String.join(",", COLUMNS) + ".");
        }
        return header;
    }

    private static Row row(long line, String username, CSVRecord record, Map<String, Integer> header) {
        for (String value : record) {
            if (value.indexOf('\u0000') >= 0) {
                throw new PeopleException("the line contains an invisible NUL character, which cannot be stored.");
            }
        }
        String displayName = AccountRules.displayName(cell(record, header, "display_name"));
        String email = AccountRules.email(cell(record, header, "email"));
        Set<Role> roles = roles(cell(record, header, "roles"));
        return new Row(line, username, displayName, email, roles, list(cell(record, header, "teams")),
                list(cell(record, header, "manages")), active(cell(record, header, "active")));
    }

    /** A missing cell (a short line) reads as empty, which each column then judges. */
    private static String cell(CSVRecord record, Map<String, Integer> header, String column) {
        int index = header.get(column);
        return index < record.size() ? record.get(index) : "";
    }

    private static Set<Role> roles(String cell) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String key : list(cell)) {
            Role role = Role.fromKey(key).orElseThrow(() -> new PeopleException("'" + key + "' is not a role: use staff, "
                    + "manager, evaluator or editor, separated by ;."));
            if (role == Role.ADMIN) {
                throw new PeopleException("the import never gives administrator rights: remove 'admin' from this line "
                        + "and make the person an administrator on People and teams.");
            }
            roles.add(role);
        }
        if (roles.isEmpty()) {
            throw new PeopleException("give at least one role (staff, manager, evaluator or editor) in 'roles'.");
        }
        return roles;
    }

    private static boolean active(String cell) {
        return switch (cell.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new PeopleException("'active' must be true or false"
                    + (cell.isBlank() ? "" : ", not '" + cell.trim() + "'") + ".");
        };
    }

    /** Values separated by ;, trimmed, blanks and repeats (in any case) left out. */
    private static List<String> list(String cell) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String value : cell.split(";")) {
            String trimmed = value.strip();
            if (!trimmed.isEmpty()) {
                values.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
            }
        }
        return List.copyOf(values.values());
    }
}
