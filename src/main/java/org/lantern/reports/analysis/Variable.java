package org.lantern.reports.analysis;

import java.util.List;
import java.util.Map;

/**
 * One column of the analysis data, as its codebook describes it.
 *
 * @param label   a short label (at most 80 characters, Stata's limit)
 * @param values  value labels of a coded column, in code order, including its missing codes; empty otherwise
 * @param missing codes that stand for "no value" and why (user-missing in SPSS, NA in R, .a in Stata)
 * @param width   for text: the longest value in UTF-8 bytes (at least 1)
 */
public record Variable(String name, String label, Kind kind, Level level, Map<Integer, String> values, List<Integer> missing,
                       int width) {

    /** How a column's values are written. */
    public enum Kind {
        TEXT, INTEGER, DECIMAL;

        public boolean numeric() {
            return this != TEXT;
        }
    }

    /** The measurement level an analysis tool should assume. */
    public enum Level {
        NOMINAL, ORDINAL, SCALE
    }

    public boolean coded() {
        return !values.isEmpty();
    }

    /** The same column with its text width known. */
    Variable withWidth(int bytes) {
        return new Variable(name, label, kind, level, values, missing, Math.max(1, bytes));
    }
}
