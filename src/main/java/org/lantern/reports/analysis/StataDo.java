package org.lantern.reports.analysis;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A Stata do-file that imports the analysis CSV (UTF-8, Stata 14 or later) with fixed column types,
 * labels each variable (at most 80 characters) and attaches value labels; a column's missing code
 * (-1, "does not apply") becomes the extended missing value {@code .a}. Strings are in compound
 * quotes, with the backtick and dollar sign escaped (a backslash only escapes those) so that Stata expands no macro.
 */
final class StataDo {

    /** Stata keeps at most this many characters of a variable label. */
    static final int VARIABLE_LABEL_CHARS = 80;

    private StataDo() {
    }

    static String write(AnalysisTable table) {
        StringBuilder s = new StringBuilder();
        s.append("* Lantern analysis data: ").append(comment(table.title())).append("\n")
                .append("* Run from the folder that holds ").append(comment(table.dataFile())).append(" (Stata 14 or later).\n")
                .append("* Empty cells (.) are figures Lantern does not show; the variable hidden says why.\n")
                .append("* Codes of a column that does not apply to a row are the missing value .a.\n\n");
        String text = columns(table, false);
        String numbers = columns(table, true);
        s.append("import delimited using ").append(quote(table.dataFile()))
                .append(", varnames(1) delimiters(\",\") bindquote(strict) encoding(\"utf-8\") case(preserve)")
                .append(" stringcols(").append(text).append(") numericcols(").append(numbers).append(") clear\n\n");
        for (Variable v : table.variables()) {
            s.append("label variable ").append(v.name()).append(' ').append(quote(cut(v.label()))).append('\n');
        }
        s.append('\n');
        for (Variable v : table.variables().stream().filter(Variable::coded).toList()) {
            if (!v.missing().isEmpty()) {
                s.append("mvdecode ").append(v.name()).append(", mv(")
                        .append(v.missing().stream().map(c -> c + "=.a").collect(Collectors.joining(" "))).append(")\n");
            }
            s.append("label define ").append(v.name()).append("_lbl");
            for (Map.Entry<Integer, String> value : v.values().entrySet()) {
                s.append(' ').append(v.missing().contains(value.getKey()) ? ".a" : value.getKey()).append(' ').append(quote(value.getValue()));
            }
            s.append(", replace\nlabel values ").append(v.name()).append(' ').append(v.name()).append("_lbl\n");
        }
        s.append("\nlabel data ").append(quote(cut(table.title()))).append('\n');
        return s.toString();
    }

    /** A Stata string in compound double quotes; {@code `} and {@code $} escaped, on one line. */
    static String quote(String text) {
        return "`\"" + text.replaceAll("[\\r\\n]+", " ").replace("`", "\\`").replace("$", "\\$") + "\"'";
    }

    /** At most {@link #VARIABLE_LABEL_CHARS} characters. */
    static String cut(String text) {
        return text.codePointCount(0, text.length()) <= VARIABLE_LABEL_CHARS ? text
                : text.substring(0, text.offsetByCodePoints(0, VARIABLE_LABEL_CHARS - 3)) + "...";
    }

    private static String columns(AnalysisTable table, boolean numeric) {
        return IntStream.range(0, table.variables().size()).filter(i -> table.variables().get(i).kind().numeric() == numeric)
                .mapToObj(i -> String.valueOf(i + 1)).collect(Collectors.joining(" "));
    }

    private static String comment(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
