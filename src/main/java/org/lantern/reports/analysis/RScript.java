package org.lantern.reports.analysis;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An R script that reads the analysis CSV with {@code read.csv} and fixed column classes, turns coded
 * columns into factors with their labels (missing codes become NA), and puts each column's label in
 * its {@code "label"} attribute (as haven and labelled do). Strings are in double quotes with
 * backslashes and quotes escaped and every non-ASCII character as {@code \\u} escape, so the script
 * reads the same in any locale.
 */
final class RScript {

    private RScript() {
    }

    static String write(AnalysisTable table) {
        StringBuilder s = new StringBuilder();
        s.append("# Lantern analysis data: ").append(comment(table.title())).append("\n")
                .append("# Run from the folder that holds ").append(comment(table.dataFile()))
                .append(" (or set lantern_file to its full path).\n")
                .append("# Empty cells (NA) are figures Lantern does not show; the factor hidden says why.\n")
                .append("# Codes of a column that does not apply to a row (-1) become NA.\n\n");
        s.append("lantern_file <- ").append(quote(table.dataFile())).append("\n");
        s.append(table.object()).append(" <- read.csv(lantern_file, fileEncoding = \"UTF-8\", encoding = \"UTF-8\", na.strings = character(0),\n")
                .append("  check.names = FALSE, stringsAsFactors = FALSE, colClasses = c(\n");
        s.append(table.variables().stream().map(v -> "    " + v.name() + " = " + quote(switch (v.kind()) {
            case TEXT -> "character";
            case INTEGER -> "integer";
            case DECIMAL -> "numeric";
        })).collect(Collectors.joining(",\n"))).append("))\n\n");
        for (Variable v : table.variables().stream().filter(Variable::coded).toList()) {
            List<Map.Entry<Integer, String>> kept = v.values().entrySet().stream().filter(e -> !v.missing().contains(e.getKey())).toList();
            String column = table.object() + "$" + v.name();
            if (!v.missing().isEmpty()) {
                s.append(column).append("[").append(column).append(" %in% c(").append(codes(v.missing())).append(")] <- NA\n");
            }
            s.append(column).append(" <- factor(").append(column).append(", levels = c(")
                    .append(codes(kept.stream().map(Map.Entry::getKey).toList())).append("),\n  labels = c(")
                    .append(kept.stream().map(e -> quote(e.getValue())).collect(Collectors.joining(", "))).append("))\n");
        }
        s.append("\n");
        for (Variable v : table.variables()) {
            s.append("attr(").append(table.object()).append("$").append(v.name()).append(", \"label\") <- ").append(quote(v.label())).append("\n");
        }
        s.append("attr(").append(table.object()).append(", \"label\") <- ").append(quote(table.title())).append("\n");
        return s.toString();
    }

    /** An R string literal that means exactly {@code text} whatever the reader's locale. */
    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '"' -> s.append("\\\"");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        s.append(String.format("\\x%02x", c));
                    } else if (c < 0x80) {
                        s.appendCodePoint(c);
                    } else if (c <= 0xffff) {
                        s.append(String.format("\\u%04x", c));
                    } else {
                        s.append(String.format("\\U%08x", c));
                    }
                }
            }
        });
        return s.append('"').toString();
    }

    private static String codes(List<Integer> codes) {
        return codes.stream().map(c -> c + "L").collect(Collectors.joining(", "));
    }

    private static String comment(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
