package org.lantern.base.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of malformed text: each takes a valid file and breaks it in one of the ways
 * real files get broken (cut short, edited badly, saved in another encoding) or attackers try
 * (huge or deeply nested values, YAML tags and alias bombs, control characters).
 */
public final class Mutations {

    private static final String[] YAML_NOISE = {":", "- ", "[", "]", "{", "}", "#", "&a ", "*a", "!", "|", ">", "'", "\"",
            "%", "@", "`", ",", "?", "\t", "---", "...", "<<: ", "\\"};
    private static final String[] WRONG_VALUES = {"[a, b]", "{a: 1}", "", "null", "~", "true", "-1", "0", "1.5",
            "99999999999999999999", "1e400", "NaN", "2025-13-45", "[]", "{}", "[[[]]]", "'", "\"\"", "|", ">", "*nope",
            "!!binary aGVsbG8=", "!!java.lang.Runtime {}", "!!set {a, b}", "!!timestamp 2001-12-14", "!!int x",
            "0x1F", "0o17", "+12", ".inf", "yes", "off"};
    private static final String[] CSV_VALUES = {"", " ", "abc", "0", "-1", "6", "99", "3.5", "1e9", "٣", "３", "=1+1",
            "+SUM(A1)", "-2+3", "@cmd", "\"", "\"\"", "\"a\"\"b\"", ",", "\n", "\r", "NULL", "<script>alert(1)</script>",
            "\u0000", "Ward 9", "before", "after", "x".repeat(5000)};

    private Mutations() {
    }

    /** One to three random mutations of a YAML or Markdown-with-front-matter file. */
    public static String content(String text, Random random) {
        String result = text;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            result = contentOnce(result, random);
        }
        return result;
    }

    /** One to three random mutations of a CSV file. */
    public static String csv(String text, Random random) {
        String result = text;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            result = csvOnce(result, random);
        }
        return result;
    }

    static String contentOnce(String text, Random r) {
        return switch (r.nextInt(16)) {
            case 0 -> truncate(text, r);
            case 1 -> flipBytes(text, r);
            case 2 -> deleteLines(text, r);
            case 3 -> duplicateLines(text, r);
            case 4 -> breakFrontMatter(text, r);
            case 5 -> hugeValue(text, r);
            case 6 -> wrongType(text, r);
            case 7 -> invalidUtf8(text, r);
            case 8 -> deepNesting(text, r);
            case 9 -> controlCharacters(text, r);
            case 10 -> yamlTricks(text, r);
            case 11 -> swapLines(text, r);
            case 12 -> insert(text, r, YAML_NOISE[r.nextInt(YAML_NOISE.length)]);
            case 13 -> reindent(text, r);
            case 14 -> new String[]{"", "\uFEFF", "   \n\n", "---\n---\n", "---\n", "\u0000", "- a\n- b\n", "just text"}[r.nextInt(8)];
            default -> replaceValue(text, r, "x".repeat(1 + r.nextInt(300)));
        };
    }

    static String csvOnce(String text, Random r) {
        return switch (r.nextInt(14)) {
            case 0 -> truncate(text, r);
            case 1 -> flipBytes(text, r);
            case 2 -> deleteLines(text, r);
            case 3 -> duplicateLines(text, r);
            case 4 -> insert(text, r, "\"");
            case 5 -> replaceCell(text, r, "x".repeat(1 + r.nextInt(200_000)));
            case 6 -> replaceCell(text, r, CSV_VALUES[r.nextInt(CSV_VALUES.length)]);
            case 7 -> invalidUtf8(text, r);
            case 8 -> controlCharacters(text, r);
            case 9 -> insert(text, r, new String[]{",", ",,", ",extra", "\r", "\r\n", "\n", ";", "\t"}[r.nextInt(8)]);
            case 10 -> swapLines(text, r);
            case 11 -> headerChange(text, r);
            case 12 -> new String[]{"", "\uFEFF", "\n\n\n", "participant,team,wave\n", "a,b,c,d\n1,2,3,4\n", "\"", ","}[r.nextInt(7)];
            default -> text.replace("\n", r.nextBoolean() ? "\r\n" : "\r");
        };
    }

    // --- the mutations ----------------------------------------------------------------------------

    static String truncate(String text, Random r) {
        return text.isEmpty() ? text : text.substring(0, r.nextInt(text.length() + 1));
    }

    static String flipBytes(String text, Random r) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return text;
        }
        int flips = 1 + r.nextInt(8);
        for (int i = 0; i < flips; i++) {
            bytes[r.nextInt(bytes.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return decode(bytes);
    }

    static String invalidUtf8(String text, Random r) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88},
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int at = r.nextInt(bytes.length + 1);
        byte[] insert = bad[r.nextInt(bad.length)];
        byte[] result = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at, result, at + insert.length, bytes.length - at);
        return decode(result);
    }

    /** As the loader reads files: UTF-8, with unreadable bytes as U+FFFD. */
    private static String decode(byte[] bytes) {
        return ContentFiles.decode("fuzz", bytes, new ArrayList<>()).text();
    }

    static String deleteLines(String text, Random r) {
        List<String> lines = lines(text);
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n && !lines.isEmpty(); i++) {
            lines.remove(r.nextInt(lines.size()));
        }
        return String.join("\n", lines);
    }

    static String duplicateLines(String text, Random r) {
        List<String> lines = lines(text);
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n && !lines.isEmpty(); i++) {
            lines.add(r.nextInt(lines.size() + 1), lines.get(r.nextInt(lines.size())));
        }
        return String.join("\n", lines);
    }

    static String swapLines(String text, Random r) {
        List<String> lines = lines(text);
        if (lines.size() < 2) {
            return text;
        }
        int a = r.nextInt(lines.size());
        int b = r.nextInt(lines.size());
        String keep = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, keep);
        return String.join("\n", lines);
    }

    static String reindent(String text, Random r) {
        List<String> lines = lines(text);
        if (lines.isEmpty()) {
            return text;
        }
        int i = r.nextInt(lines.size());
        String line = lines.get(i);
        lines.set(i, r.nextBoolean() ? " ".repeat(1 + r.nextInt(4)) + line : line.stripLeading());
        return String.join("\n", lines);
    }

    static String breakFrontMatter(String text, Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> text.replaceFirst("---\n", "");
            case 1 -> {
                int second = text.indexOf("\n---", 3);
                yield second < 0 ? text : text.substring(0, second) + "\n--" + text.substring(second + 4);
            }
            case 2 -> text.replaceFirst("---\n", "---\ntitle: [unclosed\n");
            case 3 -> text.replaceFirst("---\n", "---\n\"unterminated: x\n");
            case 4 -> text.replaceFirst("---\n", "--- \n");
            default -> text.replace("---", "---\n---");
        };
    }

    static String hugeValue(String text, Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> replaceValue(text, r, "x".repeat(10_000 + r.nextInt(100_000)));
            case 1 -> replaceValue(text, r, "9".repeat(20 + r.nextInt(200)));
            case 2 -> replaceValue(text, r, "[" + "a, ".repeat(1_000 + r.nextInt(50_000)) + "a]");
            // either side of the 2 MB limit
            default -> text + "\n" + "extra: " + "word ".repeat(r.nextBoolean() ? 20_000 + r.nextInt(30_000) : 420_000) + "\n";
        };
    }

    static String wrongType(String text, Random r) {
        return replaceValue(text, r, WRONG_VALUES[r.nextInt(WRONG_VALUES.length)]);
    }

    static String deepNesting(String text, Random r) {
        int depth = 10 + r.nextInt(5_000);
        String nested = switch (r.nextInt(3)) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{a: ".repeat(depth) + "1" + "}".repeat(depth);
            default -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < Math.min(depth, 300); i++) {
                    b.append("\n").append("  ".repeat(i + 1)).append("a:");
                }
                yield b.append(" 1").toString();
            }
        };
        return replaceValue(text, r, nested);
    }

    static String controlCharacters(String text, Random r) {
        String[] chars = {"\u0000", "\u0001", "\u0007", "\b", "\u000B", "\f", "\u001B", "\u007F", "\u0085", "\u2028",
                "\u202E", "\uFEFF", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "\u200B"};
        String result = text;
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            result = insert(result, r, chars[r.nextInt(chars.length)]);
        }
        return result;
    }

    static String yamlTricks(String text, Random r) {
        String trick = switch (r.nextInt(7)) {
            case 0 -> "bomb: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                    + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                    + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
            case 1 -> "evil: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n";
            case 2 -> "? [complex, key]\n: value\n";
            case 3 -> "<<: *missing\n";
            case 4 -> "%YAML 1.1\n---\n";
            case 5 -> "key: value\n---\nsecond: document\n";
            default -> "self: &s\n  again: *s\n";
        };
        List<String> lines = lines(text);
        int at = lines.isEmpty() ? 0 : r.nextInt(lines.size() + 1);
        lines.add(at, trick);
        return String.join("\n", lines);
    }

    static String insert(String text, Random r, String what) {
        int at = r.nextInt(text.length() + 1);
        return text.substring(0, at) + what + text.substring(at);
    }

    /** Replaces the value of a random {@code name: value} line (or inserts one). */
    static String replaceValue(String text, Random r, String value) {
        List<String> lines = lines(text);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*-?\\s*[A-Za-z][A-Za-z0-9]*:.*")) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return text + "\n" + "extra: " + value;
        }
        int i = candidates.get(r.nextInt(candidates.size()));
        String line = lines.get(i);
        lines.set(i, line.substring(0, line.indexOf(':') + 1) + " " + value);
        return String.join("\n", lines);
    }

    static String replaceCell(String text, Random r, String value) {
        List<String> lines = lines(text);
        if (lines.size() < 2) {
            return text + value;
        }
        int i = 1 + r.nextInt(lines.size() - 1);
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(i).split(",", -1)));
        int c = r.nextInt(cells.size());
        String quoted = value.contains(",") || value.contains("\n") || value.contains("\"") && r.nextBoolean()
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        cells.set(c, quoted);
        lines.set(i, String.join(",", cells));
        return String.join("\n", lines);
    }

    static String headerChange(String text, Random r) {
        List<String> lines = lines(text);
        if (lines.isEmpty()) {
            return text;
        }
        List<String> cells = new ArrayList<>(Arrays.asList(lines.getFirst().split(",", -1)));
        int c = r.nextInt(cells.size());
        switch (r.nextInt(4)) {
            case 0 -> cells.set(c, cells.get(c).toUpperCase());
            case 1 -> cells.add(cells.get(c));
            case 2 -> cells.set(c, "not-an-item");
            default -> cells.remove(c);
        }
        lines.set(0, String.join(",", cells));
        return String.join("\n", lines);
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }
}
