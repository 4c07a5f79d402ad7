package org.lantern.reports.privacy;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A backup file as an attacker who got hold of it reads it: the manifest and each table's rows, decoded
 * from PostgreSQL's COPY text format with nothing but the file.
 */
final class BackupCopy {

    /** One table: its columns and rows (null for SQL NULL). */
    record Table(List<String> columns, List<@Nullable String[]> rows) {

        int column(String name) {
            int i = columns.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + columns);
            }
            return i;
        }

        List<Map<String, String>> maps() {
            List<Map<String, String>> list = new ArrayList<>();
            for (String[] row : rows) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    m.put(columns.get(i), row[i]);
                }
                list.add(m);
            }
            return list;
        }
    }

    final Map<String, Table> tables = new LinkedHashMap<>();

    BackupCopy(Path file) throws IOException {
        Map<String, String> data = new LinkedHashMap<>();
        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("manifest.properties")) {
                    manifest.load(new StringReader(text));
                } else if (e.getName().startsWith("tables/") && e.getName().endsWith(".copy")) {
                    data.put(e.getName().substring("tables/".length(), e.getName().length() - ".copy".length()), text);
                }
            }
        }
        for (Map.Entry<String, String> t : data.entrySet()) {
            List<String> columns = List.of(manifest.getProperty("table." + t.getKey() + ".columns", "").split(","));
            List<String[]> rows = new ArrayList<>();
            for (String line : t.getValue().split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                String[] row = new String[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    row[i] = fields[i].equals("\\N") ? null : unescape(fields[i]);
                }
                rows.add(row);
            }
            tables.put(t.getKey(), new Table(columns, rows));
        }
    }

    Table table(String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no table " + name + " in the backup");
        }
        return t;
    }

    /** A bytea field ("\x0a1b…") as bytes. */
    static byte[] bytes(String field) {
        if (!field.startsWith("\\x")) {
            throw new IllegalArgumentException("not hex bytea: " + field);
        }
        return HexFormat.of().parseHex(field.substring(2));
    }

    private static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\' || i + 1 == field.length()) {
                s.append(c);
                continue;
            }
            char n = field.charAt(++i);
            s.append(switch (n) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'v' -> '\u000b';
                default -> n;
            });
        }
        return s.toString();
    }
}
