package org.lantern.reports.disclosure;

import org.jspecify.annotations.Nullable;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.lantern.reports.disclosure.AuditBlock.NO_CLASS;

/**
 * The two checks on one matrix of an {@link AuditBlock} (rows: shown figures; columns: groups of
 * people with their weights and answer classes): (C2) a combination of the rows that touches fewer
 * than k people, and (C3) one that touches only people who gave the same answer.
 */
final class MatrixChecks {

    /** Work allowed for the exact search of one matrix (about matrix cells touched); beyond it, the audit errs on hiding. */
    private static final long SEARCH_BUDGET = 30_000_000L;

    private MatrixChecks() {
    }

    /** A combination {@code y} of the matrix rows that reveals too much. */
    record Found(BigInteger[] y, boolean group, boolean unverified) {
    }

    static @Nullable Found check(BigInteger[][] rows, int[] weights, int[][] classes, int k,
                                         java.util.function.IntPredicate usable) {
        if (rows.length == 0 || weights.length == 0) {
            return null;
        }
        boolean[] unverified = {false};
        BigInteger[] y = smallSupport(rows, weights, k, usable, unverified);
        if (y != null) {
            return new Found(y, false, unverified[0]);
        }
        y = sameAnswers(rows, weights, classes, k);
        return y == null ? null : new Found(y, true, false);
    }

    /**
     * (C2) A combination of the rows that is non-zero on at least one column and whose non-zero
     * columns hold fewer than {@code k} people, or null.
     */
    static BigInteger @Nullable [] smallSupport(BigInteger[][] rows, int[] weights, int k, java.util.function.IntPredicate usable,
                                               boolean[] unverified) {
        int n = weights.length;
        // large columns first: a row whose pivot is a small column is then zero on every large column
        int[] order = java.util.stream.IntStream.range(0, n).boxed()
                .sorted((a, b) -> Boolean.compare(weights[a] < k, weights[b] < k)).mapToInt(Integer::intValue).toArray();
        Elimination.Result echelon = Elimination.eliminate(rows, order);
        List<Elimination.Row> small = echelon.pivots().stream().filter(r -> weights[r.pivot()] < k).toList();
        if (small.isEmpty()) {
            return null;
        }
        int d = small.size();
        BigInteger[][] basis = new BigInteger[d][];
        for (int i = 0; i < d; i++) {
            basis[i] = small.get(i).values();
        }
        // the columns these rows touch, grouped when every row treats them alike (up to a factor)
        Map<String, List<Integer>> parallel = new LinkedHashMap<>();
        for (int j = 0; j < n; j++) {
            String key = direction(basis, j);
            if (key != null) {
                parallel.computeIfAbsent(key, x -> new ArrayList<>()).add(j);
            }
        }
        List<int[]> groups = new ArrayList<>(parallel.values().stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList());
        int[] groupWeight = groups.stream().mapToInt(g -> Arrays.stream(g).map(j -> weights[j]).sum()).toArray();
        if (Arrays.stream(groupWeight).sum() < k) {
            return combination(small.getFirst(), rows.length);
        }
        Integer[] byWeight = java.util.stream.IntStream.range(0, groups.size()).boxed()
                .sorted((a, b) -> Integer.compare(groupWeight[a], groupWeight[b])).toArray(Integer[]::new);
        long[] budget = {SEARCH_BUDGET};
        for (int size = 1; size < k; size++) {
            BigInteger[] y = subsets(basis, small, rows.length, groups, groupWeight, byWeight, k, size, 0, 0, new ArrayList<>(), budget);
            if (y != null) {
                return y;
            }
            if (budget[0] <= 0) {
                // too many possibilities to check them all: treat the smallest row that a figure of the new
                // release takes part in as revealing, so that something more is hidden; rows made only of
                // earlier releases' figures were checked when those were made
                java.util.Comparator<Elimination.Row> bySupport = (a, b) -> Integer.compare(support(a.values(), weights),
                        support(b.values(), weights));
                Elimination.Row chosen = small.stream().filter(r -> touches(r.combination(), usable)).min(bySupport)
                        .orElseGet(() -> small.stream().min(bySupport).orElseThrow());
                unverified[0] = true;
                return combination(chosen, rows.length);
            }
        }
        return null;
    }

    private static BigInteger @Nullable [] subsets(BigInteger[][] basis, List<Elimination.Row> small, int inputs, List<int[]> groups,
                                                   int[] groupWeight, Integer[] byWeight, int k, int size, int from,
                                                   int weight, List<Integer> chosen, long[] budget) {
        if (chosen.size() == size) {
            budget[0] -= (long) basis.length * basis.length * basis[0].length + 1;
            if (budget[0] < 0) {
                return null;
            }
            boolean[] inZ = new boolean[basis[0].length];
            for (int g : chosen) {
                for (int j : groups.get(g)) {
                    inZ[j] = true;
                }
            }
            int[] outside = java.util.stream.IntStream.range(0, inZ.length).filter(j -> !inZ[j]).toArray();
            Elimination.Result r = Elimination.eliminate(basis, outside);
            if (r.rank() < basis.length) {
                BigInteger[] y = r.dependencies().getFirst();
                BigInteger[] total = new BigInteger[inputs];
                Arrays.fill(total, BigInteger.ZERO);
                for (int i = 0; i < y.length; i++) {
                    if (y[i].signum() != 0) {
                        for (int j = 0; j < inputs; j++) {
                            total[j] = total[j].add(y[i].multiply(small.get(i).combination()[j]));
                        }
                    }
                }
                return total;
            }
            return null;
        }
        for (int i = from; i < byWeight.length; i++) {
            int g = byWeight[i];
            if (weight + groupWeight[g] >= k) {
                break; // sorted by weight: every later group is at least as heavy
            }
            chosen.add(g);
            BigInteger[] y = subsets(basis, small, inputs, groups, groupWeight, byWeight, k, size, i + 1, weight + groupWeight[g],
                    chosen, budget);
            chosen.removeLast();
            if (y != null || budget[0] < 0) {
                return y;
            }
        }
        return null;
    }

    /** Column {@code j} of the basis, scaled to a canonical form, or null when it is all zero. */
    private static @Nullable String direction(BigInteger[][] basis, int j) {
        BigInteger g = BigInteger.ZERO;
        int firstSign = 0;
        for (BigInteger[] row : basis) {
            g = g.gcd(row[j]);
            if (firstSign == 0) {
                firstSign = row[j].signum();
            }
        }
        if (g.signum() == 0) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (BigInteger[] row : basis) {
            BigInteger v = row[j].divide(g);
            key.append(firstSign < 0 ? v.negate() : v).append(',');
        }
        return key.toString();
    }

    private static int support(BigInteger[] v, int[] weights) {
        int s = 0;
        for (int j = 0; j < v.length; j++) {
            if (v[j].signum() != 0) {
                s += weights[j];
            }
        }
        return s;
    }

    private static boolean touches(BigInteger[] combination, java.util.function.IntPredicate usable) {
        for (int i = 0; i < combination.length; i++) {
            if (combination[i].signum() != 0 && usable.test(i)) {
                return true;
            }
        }
        return false;
    }

    private static BigInteger[] combination(Elimination.Row row, int inputs) {
        return Arrays.copyOf(row.combination(), inputs);
    }

    /**
     * (C3) A combination of the rows that is non-zero and touches only columns whose people all gave
     * the same answer (one class of one measure), or null. Classes whose people number fewer than
     * {@code k} are left to (C2), which has found nothing by the time this runs.
     */
    static BigInteger @Nullable [] sameAnswers(BigInteger[][] rows, int[] weights, int[][] classes, int k) {
        for (int[] byColumn : classes) {
            Map<Integer, Integer> weightOfClass = new HashMap<>();
            for (int j = 0; j < byColumn.length; j++) {
                if (byColumn[j] != NO_CLASS) {
                    weightOfClass.merge(byColumn[j], weights[j], Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : weightOfClass.entrySet()) {
                if (e.getValue() < k) {
                    continue;
                }
                int c = e.getKey();
                int[] others = java.util.stream.IntStream.range(0, byColumn.length).filter(j -> byColumn[j] != c).toArray();
                Elimination.Result r = Elimination.eliminate(rows, others);
                for (BigInteger[] y : r.dependencies()) {
                    if (!Elimination.isZero(Elimination.combine(y, rows, weights.length))) {
                        return y;
                    }
                }
            }
        }
        return null;
    }
}
