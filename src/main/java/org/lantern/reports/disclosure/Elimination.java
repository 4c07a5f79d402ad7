package org.lantern.reports.disclosure;

import org.jspecify.annotations.Nullable;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact Gaussian elimination on small integer matrices, keeping every row an integer vector (no
 * fractions, no rounding: a figure is either derivable or not, and floating-point noise must not
 * decide which). Each working row remembers which combination of the input rows it is, so a
 * finding can be traced back to the figures that produce it.
 */
final class Elimination {

    private Elimination() {
    }

    /**
     * A row in echelon form.
     *
     * @param values      the row over all columns of the input
     * @param pivot       its first non-zero column in the elimination order
     * @param combination the row as a combination of the input rows
     */
    record Row(BigInteger[] values, int pivot, BigInteger[] combination) {
    }

    /**
     * @param pivots       independent rows in echelon form, in the order their pivots were found
     * @param dependencies combinations of the input rows that are zero on every eliminated column
     *                     (a basis of the left null space of the input restricted to those columns)
     */
    record Result(List<Row> pivots, List<BigInteger[]> dependencies) {

        int rank() {
            return pivots.size();
        }
    }

    /**
     * Forward elimination of {@code rows} on the columns {@code order}, in that order. Columns not in
     * {@code order} are carried along but never pivoted on.
     */
    static Result eliminate(BigInteger[][] rows, int[] order) {
        int m = rows.length;
        int n = m == 0 ? 0 : rows[0].length;
        BigInteger[][] values = new BigInteger[m][];
        BigInteger[][] combination = new BigInteger[m][];
        for (int i = 0; i < m; i++) {
            values[i] = rows[i].clone();
            combination[i] = new BigInteger[m];
            java.util.Arrays.fill(combination[i], BigInteger.ZERO);
            combination[i][i] = BigInteger.ONE;
        }
        boolean[] used = new boolean[m];
        List<Row> pivots = new ArrayList<>();
        for (int c : order) {
            int p = -1;
            for (int i = 0; i < m; i++) {
                if (!used[i] && values[i][c].signum() != 0) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            used[p] = true;
            BigInteger a = values[p][c];
            for (int i = 0; i < m; i++) {
                if (used[i] || values[i][c].signum() == 0) {
                    continue;
                }
                BigInteger b = values[i][c];
                for (int j = 0; j < n; j++) {
                    values[i][j] = values[i][j].multiply(a).subtract(values[p][j].multiply(b));
                }
                for (int j = 0; j < m; j++) {
                    combination[i][j] = combination[i][j].multiply(a).subtract(combination[p][j].multiply(b));
                }
                normalise(values[i], combination[i]);
            }
            pivots.add(new Row(values[p], c, combination[p]));
        }
        List<BigInteger[]> dependencies = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (!used[i]) {
                dependencies.add(combination[i]);
            }
        }
        return new Result(pivots, dependencies);
    }

    /** Divides a row and its combination by their common factor, so numbers stay small. */
    private static void normalise(BigInteger[] values, BigInteger[] combination) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger v : values) {
            g = g.gcd(v);
        }
        for (BigInteger v : combination) {
            g = g.gcd(v);
        }
        if (g.signum() == 0 || g.equals(BigInteger.ONE)) {
            return;
        }
        for (int j = 0; j < values.length; j++) {
            values[j] = values[j].divide(g);
        }
        for (int j = 0; j < combination.length; j++) {
            combination[j] = combination[j].divide(g);
        }
    }

    /** The rank of {@code rows} restricted to {@code columns}. */
    static int rank(BigInteger[][] rows, int[] columns) {
        return eliminate(rows, columns).rank();
    }

    /** {@code y}ᵀ{@code rows}: the vector a combination of rows makes. */
    static BigInteger[] combine(BigInteger[] y, BigInteger[][] rows, int columns) {
        BigInteger[] v = new BigInteger[columns];
        java.util.Arrays.fill(v, BigInteger.ZERO);
        for (int i = 0; i < y.length; i++) {
            if (y[i].signum() == 0) {
                continue;
            }
            for (int j = 0; j < columns; j++) {
                if (rows[i][j].signum() != 0) {
                    v[j] = v[j].add(y[i].multiply(rows[i][j]));
                }
            }
        }
        return v;
    }

    static boolean isZero(BigInteger[] v) {
        for (BigInteger x : v) {
            if (x.signum() != 0) {
                return false;
            }
        }
        return true;
    }

    /** 0, 1, …, n − 1. */
    static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    /**
     * Writes {@code target} as a combination of the rows behind {@code echelon}: {scale, c_1..c_n} with
     * scale · target = Σ c_j · input row j, or null when it is not such a combination.
     */
    static BigInteger @Nullable [] express(BigInteger[] target, Elimination.Result echelon, int inputs) {
        BigInteger[] v = target.clone();
        BigInteger scale = BigInteger.ONE;
        BigInteger[] comb = new BigInteger[inputs];
        Arrays.fill(comb, BigInteger.ZERO);
        for (Elimination.Row row : echelon.pivots()) {
            BigInteger b = v[row.pivot()];
            if (b.signum() == 0) {
                continue;
            }
            BigInteger a = row.values()[row.pivot()];
            for (int j = 0; j < v.length; j++) {
                v[j] = v[j].multiply(a).subtract(row.values()[j].multiply(b));
            }
            scale = scale.multiply(a);
            for (int j = 0; j < inputs; j++) {
                comb[j] = comb[j].multiply(a).add(row.combination()[j].multiply(b));
            }
        }
        if (!isZero(v)) {
            return null;
        }
        BigInteger[] result = new BigInteger[inputs + 1];
        result[0] = scale;
        System.arraycopy(comb, 0, result, 1, inputs);
        return result;
    }
}
