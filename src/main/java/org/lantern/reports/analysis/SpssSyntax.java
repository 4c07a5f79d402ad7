package org.lantern.reports.analysis;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An SPSS/PSPP syntax file that reads the analysis CSV (UTF-8) with GET DATA and labels it: variable
 * labels, value labels, missing values and measurement levels. Strings are in single quotes with
 * apostrophes doubled; long value labels are cut at SPSS's 120 bytes.
 */
final class SpssSyntax {

    /** SPSS keeps at most this many bytes of a value label. */
    static final int VALUE_LABEL_BYTES = 120;

    private SpssSyntax() {
    }

    static String write(AnalysisTable table) {
        StringBuilder s = new StringBuilder();
        s.append("* Encoding: UTF-8.\n")
                .append("* Lantern analysis data: ").append(comment(table.title())).append(".\n")
                .append("* Run from the folder that holds ").append(comment(table.dataFile()))
                .append(" (or put the full path in /FILE below). Empty cells are figures Lantern does not show:\n")
                .append("* the variable hidden says why. Codes listed in MISSING VALUES mean the column does not apply to the row.\n\n");
        s.append("GET DATA\n  /TYPE=TXT\n  /FILE=").append(quote(table.dataFile())).append("\n  /ENCODING='UTF-8'\n")
                .append("  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n  /DELIMITERS=\",\"\n  /QUALIFIER='\"'\n")
                .append("  /VARIABLES=\n");
        for (Variable v : table.variables()) {
            // numbers are read with no implied decimals (F40.0 reads 0.25 as 0.25); FORMATS below sets how they are shown
            s.append("    ").append(v.name()).append(' ').append(v.kind().numeric() ? "F40.0" : "A" + v.width()).append('\n');
        }
        s.append(".\n\n");
        List<Variable> decimals = table.variables().stream().filter(v -> v.kind() == Variable.Kind.DECIMAL).toList();
        List<Variable> integers = table.variables().stream().filter(v -> v.kind() == Variable.Kind.INTEGER).toList();
        s.append("FORMATS ").append(names(integers)).append(" (F8.0) /").append(names(decimals)).append(" (F12.6).\n\n");
        s.append("VARIABLE LABELS\n").append(table.variables().stream().map(v -> "  " + v.name() + " " + quote(v.label()))
                .collect(Collectors.joining("\n  /\n"))).append(".\n\n");
        s.append("VALUE LABELS\n").append(table.variables().stream().filter(Variable::coded).map(v -> "  " + v.name() + "\n"
                + v.values().entrySet().stream().map(e -> "    " + e.getKey() + " " + quote(cut(e.getValue())))
                .collect(Collectors.joining("\n"))).collect(Collectors.joining("\n  /\n"))).append(".\n\n");
        for (Variable v : table.variables().stream().filter(v -> !v.missing().isEmpty()).toList()) {
            s.append("MISSING VALUES ").append(v.name()).append(" (")
                    .append(v.missing().stream().map(String::valueOf).collect(Collectors.joining(", "))).append(").\n");
        }
        s.append("\nVARIABLE LEVEL\n").append(Arrays.stream(Variable.Level.values())
                .map(level -> table.variables().stream().filter(v -> v.level() == level && v.kind().numeric()).toList())
                .filter(of -> !of.isEmpty()).map(of -> "  " + names(of) + " (" + of.getFirst().level().name() + ")")
                .collect(Collectors.joining("\n  /"))).append(".\n\nFILE LABEL ").append(quote(cut(table.title()))).append(".\nEXECUTE.\n");
        return s.toString();
    }

    /** A string in single quotes, apostrophes doubled, on one line. */
    static String quote(String text) {
        return "'" + text.replaceAll("[\\r\\n]+", " ").replace("'", "''") + "'";
    }

    /** At most {@link #VALUE_LABEL_BYTES} bytes of UTF-8, never splitting a character. */
    static String cut(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= VALUE_LABEL_BYTES) {
            return text;
        }
        int end = text.length();
        while (text.substring(0, end).getBytes(StandardCharsets.UTF_8).length > VALUE_LABEL_BYTES - 3) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end) + "...";
    }

    private static String comment(String text) {
        return text.replaceAll("[\\r\\n]+", " ").replace(".", "");
    }

    private static String names(List<Variable> variables) {
        return variables.stream().map(Variable::name).collect(Collectors.joining(" "));
    }
}
