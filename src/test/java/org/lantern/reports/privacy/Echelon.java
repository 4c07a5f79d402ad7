package org.lantern.reports.privacy;

import org.jspecify.annotations.Nullable;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact Gaussian elimination over the rationals on sparse integer rows (fraction-free: a row is
 * combined with a pivot row as {@code p·row − q·pivotRow} and divided by the gcd of its entries), with
 * a right-hand side, so that every derived row comes with its exact derived value. After
 * {@link #finish()} the rows are in reduced row echelon form: each pivot column is zero in every other
 * row, so whether a vector lies in the row space (and what the figures say its value is) takes one
 * pass over the vector's pivot columns. Nothing here uses floating point.
 */
final class Echelon {

    /** A sparse integer row: sorted columns, non-zero values, the right-hand side, and (optionally) which inputs made it. */
    static final class Row {
        int[] cols;
        BigInteger[] vals;
        BigInteger rhs;
        @Nullable Map<Integer, BigInteger> origin;

        Row(int[] cols, BigInteger[] vals, BigInteger rhs, @Nullable Map<Integer, BigInteger> origin) {
            this.cols = cols;
            this.vals = vals;
            this.rhs = rhs;
            this.origin = origin;
        }

        int pivot() {
            return cols[0];
        }

        BigInteger at(int col) {
            int i = Arrays.binarySearch(cols, col);
            return i < 0 ? BigInteger.ZERO : vals[i];
        }
    }

    /** The right-hand sides disagree: the figures contradict the equations the intruder built. */
    static final class Inconsistent extends RuntimeException {
        final @Nullable Map<Integer, BigInteger> origin;

        Inconsistent(String message, @Nullable Map<Integer, BigInteger> origin) {
            super(message);
            this.origin = origin;
        }
    }

    private final boolean track;
    private final TreeMap<Integer, Row> byPivot = new TreeMap<>();
    private boolean finished;

    Echelon(boolean trackOrigin) {
        this.track = trackOrigin;
    }

    int rank() {
        return byPivot.size();
    }

    Collection<Row> rows() {
        return byPivot.values();
    }

    @Nullable Row pivotRow(int col) {
        return byPivot.get(col);
    }

    /** Adds the equation {@code Σ vals[j]·x[cols[j]] = rhs} (input number {@code input}, for explaining findings). */
    void add(int[] cols, BigInteger[] vals, BigInteger rhs, int input) {
        finished = false; // reduced rows are still an echelon form: keep adding, reduce again when asked
        Map<Integer, BigInteger> origin = null;
        if (track) {
            origin = new TreeMap<>();
            origin.put(input, BigInteger.ONE);
        }
        Row row = normalise(new Row(cols, vals, rhs, origin));
        while (row.cols.length > 0) {
            Row pivot = byPivot.get(row.pivot());
            if (pivot == null) {
                break;
            }
            row = normalise(eliminate(row, pivot, row.pivot()));
        }
        if (row.cols.length == 0) {
            if (row.rhs.signum() != 0) {
                throw new Inconsistent("0 = " + row.rhs, row.origin);
            }
            return;
        }
        byPivot.put(row.pivot(), row);
    }

    /** Back substitution: afterwards every pivot column is zero outside its own row. */
    void finish() {
        if (finished) {
            return;
        }
        List<Integer> pivots = new ArrayList<>(byPivot.descendingKeySet());
        for (int c : pivots) {
            Row row = byPivot.get(c);
            // clear every later pivot column from this row; those rows are already reduced
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int j = 1; j < row.cols.length; j++) {
                    Row other = byPivot.get(row.cols[j]);
                    if (other != null && other != row) {
                        row = normalise(eliminate(row, other, row.cols[j]));
                        changed = true;
                        break;
                    }
                }
            }
            byPivot.put(c, row);
        }
        finished = true;
    }

    /** The value the figures give to {@code target · x}, or null when the target is not in the row space. */
    @Nullable Fraction value(int[] cols, BigInteger[] vals) {
        Derivation d = derive(cols, vals);
        return d == null ? null : d.value;
    }

    /** A derivation: the value and (when tracked) the inputs combined, as {@code value = Σ origin[i]·input[i] / scale}. */
    record Derivation(Fraction value, @Nullable Map<Integer, BigInteger> origin, BigInteger scale) {
    }

    @Nullable Derivation derive(int[] cols, BigInteger[] vals) {
        finish();
        Row t = new Row(cols, vals, BigInteger.ZERO, track ? new TreeMap<>() : null);
        BigInteger scale = BigInteger.ONE;
        // one pass in column order: eliminating a pivot column only adds non-pivot columns (reduced form)
        int i = 0;
        while (i < t.cols.length) {
            int c = t.cols[i];
            Row pivot = byPivot.get(c);
            if (pivot == null) {
                return null; // a free column stays non-zero: not in the row space
            }
            BigInteger p = pivot.vals[0];
            BigInteger q = t.vals[i];
            Row next = combine(p, t, q, pivot);
            // t' = p·t − q·pivot, and its rhs accumulates p·acc + q·rhs (kept with the opposite sign below)
            next.rhs = p.multiply(t.rhs).add(q.multiply(pivot.rhs));
            if (track) {
                next.origin = combineOrigin(p, t.origin, q.negate(), pivot.origin);
            }
            scale = scale.multiply(p);
            t = next;
            i = 0;
            while (i < t.cols.length && t.cols[i] <= c) {
                i++;
            }
            if (i < t.cols.length && byPivot.get(t.cols[i]) == null) {
                return null;
            }
        }
        if (t.cols.length > 0) {
            return null;
        }
        Map<Integer, BigInteger> origin = null;
        if (track) {
            // the accumulated origin carries the negated coefficients of the inputs
            origin = new TreeMap<>();
            for (Map.Entry<Integer, BigInteger> e : t.origin.entrySet()) {
                if (e.getValue().signum() != 0) {
                    origin.put(e.getKey(), e.getValue().negate());
                }
            }
        }
        return new Derivation(Fraction.of(t.rhs, scale), origin, scale);
    }

    // --- row arithmetic ---------------------------------------------------------------------------

    /** {@code p·a − q·b} with {@code p} = b's coefficient at {@code col} and {@code q} = a's, so column {@code col} cancels. */
    private Row eliminate(Row a, Row b, int col) {
        BigInteger p = b.at(col);
        BigInteger q = a.at(col);
        Row r = combine(p, a, q, b);
        r.rhs = p.multiply(a.rhs).subtract(q.multiply(b.rhs));
        if (track) {
            r.origin = combineOrigin(p, a.origin, q.negate(), b.origin);
        }
        return r;
    }

    /** {@code p·a − q·b} on the entries only. */
    private static Row combine(BigInteger p, Row a, BigInteger q, Row b) {
        int[] cols = new int[a.cols.length + b.cols.length];
        BigInteger[] vals = new BigInteger[cols.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.cols.length || j < b.cols.length) {
            int ca = i < a.cols.length ? a.cols[i] : Integer.MAX_VALUE;
            int cb = j < b.cols.length ? b.cols[j] : Integer.MAX_VALUE;
            BigInteger v;
            int c;
            if (ca < cb) {
                c = ca;
                v = p.multiply(a.vals[i++]);
            } else if (cb < ca) {
                c = cb;
                v = q.multiply(b.vals[j++]).negate();
            } else {
                c = ca;
                v = p.multiply(a.vals[i++]).subtract(q.multiply(b.vals[j++]));
            }
            if (v.signum() != 0) {
                cols[n] = c;
                vals[n++] = v;
            }
        }
        return new Row(Arrays.copyOf(cols, n), Arrays.copyOf(vals, n), BigInteger.ZERO, null);
    }

    private static Map<Integer, BigInteger> combineOrigin(BigInteger p, Map<Integer, BigInteger> a, BigInteger q,
                                                          @Nullable Map<Integer, BigInteger> b) {
        Map<Integer, BigInteger> r = new TreeMap<>();
        for (Map.Entry<Integer, BigInteger> e : a.entrySet()) {
            r.put(e.getKey(), e.getValue().multiply(p));
        }
        if (b != null) {
            for (Map.Entry<Integer, BigInteger> e : b.entrySet()) {
                r.merge(e.getKey(), e.getValue().multiply(q), BigInteger::add);
            }
        }
        r.values().removeIf(v -> v.signum() == 0);
        return r;
    }

    /** Divides by the gcd of the entries and the right-hand side (and the origin), leading entry positive. */
    private Row normalise(Row r) {
        if (r.cols.length == 0) {
            return r;
        }
        BigInteger g = r.rhs.abs();
        for (BigInteger v : r.vals) {
            g = g.gcd(v);
            if (g.equals(BigInteger.ONE)) {
                break;
            }
        }
        if (track && !g.equals(BigInteger.ONE)) {
            for (BigInteger v : r.origin.values()) {
                g = g.gcd(v);
                if (g.equals(BigInteger.ONE)) {
                    break;
                }
            }
        }
        boolean flip = r.vals[0].signum() < 0;
        if (g.equals(BigInteger.ONE) && !flip) {
            return r;
        }
        BigInteger d = flip ? g.negate() : g;
        for (int i = 0; i < r.vals.length; i++) {
            r.vals[i] = r.vals[i].divide(d);
        }
        r.rhs = r.rhs.divide(d);
        if (track) {
            r.origin.replaceAll((k, v) -> v.divide(d));
        }
        return r;
    }
}
