package org.lantern.reports.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * Exhaustive search for sets of fewer than k people on which some combination of population rows is
 * supported: the sets a "difference of shown figures about 1 to k − 1 people" would be about. Rows are
 * 0/1 indicators over columns (atoms of people, each with its number of people).
 *
 * <p>Only rows whose reduced form avoids every column of k or more people can give such a set, and a
 * set Z of columns carries a non-zero vector of their span exactly when the rows of a null-space basis
 * indexed by Z are linearly dependent. The search enumerates every Z of weight below k (lightest
 * columns first) and tests that dependency after a random projection to k − 1 dimensions, over the
 * prime field 2^61 − 1: a candidate is certain to be found (projection keeps dependencies) and is
 * confirmed exactly afterwards by the caller, so the field's arithmetic decides nothing on its own.
 */
final class SmallSupport {

    static final long P = (1L << 61) - 1;

    /** What the search found: candidate column sets, and whether it looked at every set. */
    record Result(List<int[]> candidates, boolean complete, long visited) {
    }

    private SmallSupport() {
    }

    static Result find(List<BitSet> rows, int[] weights, int k, long budget, Random random) {
        int m = weights.length;
        // reduced row echelon form over F_p, columns of k or more people first
        Integer[] order = new Integer[m];
        for (int j = 0; j < m; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Boolean.compare(weights[a] < k, weights[b] < k));
        int[] position = new int[m];
        for (int j = 0; j < m; j++) {
            position[order[j]] = j;
        }
        List<long[]> matrix = new ArrayList<>();
        for (BitSet row : rows) {
            long[] r = new long[m];
            for (int c = row.nextSetBit(0); c >= 0; c = row.nextSetBit(c + 1)) {
                r[position[c]] = 1;
            }
            matrix.add(r);
        }
        List<long[]> reduced = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        int rank = 0;
        for (int col = 0; col < m && rank < matrix.size(); col++) {
            int found = -1;
            for (int i = rank; i < matrix.size(); i++) {
                if (matrix.get(i)[col] != 0) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            java.util.Collections.swap(matrix, rank, found);
            long[] pivot = matrix.get(rank);
            long inv = inverse(pivot[col]);
            for (int j = 0; j < m; j++) {
                pivot[j] = mul(pivot[j], inv);
            }
            for (int i = 0; i < matrix.size(); i++) {
                if (i != rank && matrix.get(i)[col] != 0) {
                    long f = matrix.get(i)[col];
                    long[] r = matrix.get(i);
                    for (int j = 0; j < m; j++) {
                        if (pivot[j] != 0) {
                            r[j] = sub(r[j], mul(f, pivot[j]));
                        }
                    }
                }
            }
            pivots.add(col);
            rank++;
        }
        for (int i = 0; i < rank; i++) {
            reduced.add(matrix.get(i));
        }
        // the rows whose pivot is a column of fewer than k people live on such columns only
        List<long[]> small = new ArrayList<>();
        List<Integer> smallPivots = new ArrayList<>();
        for (int i = 0; i < rank; i++) {
            if (weights[order[pivots.get(i)]] < k) {
                small.add(reduced.get(i));
                smallPivots.add(pivots.get(i));
            }
        }
        if (small.isEmpty()) {
            return new Result(List.of(), true, 0);
        }
        // the columns they touch (in the sorted order), pivots and free ones
        BitSet touched = new BitSet();
        for (long[] r : small) {
            for (int j = 0; j < m; j++) {
                if (r[j] != 0) {
                    touched.set(j);
                }
            }
        }
        BitSet pivotSet = new BitSet();
        smallPivots.forEach(pivotSet::set);
        List<Integer> free = new ArrayList<>();
        for (int j = touched.nextSetBit(0); j >= 0; j = touched.nextSetBit(j + 1)) {
            if (!pivotSet.get(j)) {
                free.add(j);
            }
        }
        // null-space rows, projected: a free column is its own random vector, a pivot column minus the row's mix of them
        int dims = k - 1;
        long[][] g = new long[m][];
        for (int f : free) {
            long[] v = new long[dims];
            for (int d = 0; d < dims; d++) {
                v[d] = Math.floorMod(random.nextLong(), P);
            }
            g[f] = v;
        }
        for (int i = 0; i < small.size(); i++) {
            long[] v = new long[dims];
            long[] r = small.get(i);
            for (int f : free) {
                if (r[f] != 0) {
                    for (int d = 0; d < dims; d++) {
                        v[d] = sub(v[d], mul(r[f], g[f][d]));
                    }
                }
            }
            g[smallPivots.get(i)] = v;
        }
        // the span is the direct sum of the spans of groups of columns that no row connects: a smallest vector lies in one
        int[] parent = new int[m];
        for (int j = 0; j < m; j++) {
            parent[j] = j;
        }
        for (long[] r : small) {
            int first = -1;
            for (int j = 0; j < m; j++) {
                if (r[j] != 0) {
                    if (first < 0) {
                        first = j;
                    } else {
                        parent[root(parent, j)] = root(parent, first);
                    }
                }
            }
        }
        java.util.Map<Integer, List<Integer>> components = new java.util.LinkedHashMap<>();
        for (int j = touched.nextSetBit(0); j >= 0; j = touched.nextSetBit(j + 1)) {
            components.computeIfAbsent(root(parent, j), x -> new ArrayList<>()).add(j);
        }
        List<int[]> candidates = new ArrayList<>();
        long[] visited = {0};
        boolean complete = true;
        for (List<Integer> columns : components.values()) {
            int total = columns.stream().mapToInt(c -> weights[order[c]]).sum();
            if (total < k) {
                // every non-zero vector of this part is about fewer than k people
                candidates.add(columns.stream().mapToInt(c -> order[c]).toArray());
                continue;
            }
            columns.sort((a, b) -> Integer.compare(weights[order[a]], weights[order[b]]));
            complete &= search(columns, 0, new ArrayList<>(), new ArrayList<>(), 0, weights, order, g, k, budget, visited, candidates);
            if (!complete || candidates.size() >= 20) {
                break;
            }
        }
        return new Result(candidates, complete, visited[0]);
    }

    private static int root(int[] parent, int j) {
        while (parent[j] != j) {
            parent[j] = parent[parent[j]];
            j = parent[j];
        }
        return j;
    }

    /**
     * Depth-first over sets of weight below k; {@code basis} holds the chosen vectors in echelon form
     * (leading 1s). A column depends on the chosen ones exactly when it is orthogonal to every vector of
     * the basis's complement, so most columns are tested with a few dot products.
     */
    private static boolean search(List<Integer> columns, int from, List<Integer> chosen, List<long[]> basis, int weight, int[] weights,
                                  Integer[] order, long[][] g, int k, long budget, long[] visited, List<int[]> candidates) {
        List<long[]> normals = complement(basis, g[columns.get(from < columns.size() ? from : 0)].length);
        for (int i = from; i < columns.size(); i++) {
            int c = columns.get(i);
            int w = weights[order[c]];
            if (weight + w >= k) {
                break; // sorted by weight
            }
            if (++visited[0] > budget) {
                return false;
            }
            long[] v = g[c];
            boolean dependent = true;
            for (long[] n : normals) {
                if (dot(v, n) != 0) {
                    dependent = false;
                    break;
                }
            }
            if (dependent) {
                chosen.add(order[c]);
                candidates.add(chosen.stream().mapToInt(Integer::intValue).toArray());
                chosen.removeLast();
                if (candidates.size() >= 20) {
                    return true;
                }
                continue;
            }
            boolean more = i + 1 < columns.size() && weight + w + weights[order[columns.get(i + 1)]] < k;
            if (!more) {
                continue;
            }
            long[] r = v.clone();
            for (long[] b : basis) {
                int lead = lead(b);
                long f = r[lead];
                if (f != 0) {
                    for (int d = lead; d < r.length; d++) {
                        if (b[d] != 0) {
                            r[d] = sub(r[d], mul(f, b[d]));
                        }
                    }
                }
            }
            int lead = lead(r);
            long inv = inverse(r[lead]);
            for (int d = lead; d < r.length; d++) {
                r[d] = mul(r[d], inv);
            }
            chosen.add(order[c]);
            basis.add(r);
            boolean done = search(columns, i + 1, chosen, basis, weight + w, weights, order, g, k, budget, visited, candidates);
            basis.removeLast();
            chosen.removeLast();
            if (!done) {
                return false;
            }
            if (candidates.size() >= 20) {
                return true;
            }
        }
        return true;
    }

    /** A basis of the vectors orthogonal to every vector of {@code basis} (each with a distinct leading 1), in F_p^dims. */
    private static List<long[]> complement(List<long[]> basis, int dims) {
        // reduce fully, then each non-leading coordinate gives one orthogonal vector
        List<long[]> rows = new ArrayList<>();
        for (long[] b : basis) {
            rows.add(b.clone());
        }
        rows.sort((x, y) -> Integer.compare(lead(x), lead(y)));
        for (int i = rows.size() - 1; i >= 0; i--) {
            int lead = lead(rows.get(i));
            for (int j = 0; j < i; j++) {
                long f = rows.get(j)[lead];
                if (f != 0) {
                    for (int d = 0; d < dims; d++) {
                        rows.get(j)[d] = sub(rows.get(j)[d], mul(f, rows.get(i)[d]));
                    }
                }
            }
        }
        boolean[] leading = new boolean[dims];
        rows.forEach(r -> leading[lead(r)] = true);
        List<long[]> normals = new ArrayList<>();
        for (int free = 0; free < dims; free++) {
            if (leading[free]) {
                continue;
            }
            long[] n = new long[dims];
            n[free] = 1;
            for (long[] r : rows) {
                n[lead(r)] = sub(0, r[free]);
            }
            normals.add(n);
        }
        return normals;
    }

    private static long dot(long[] a, long[] b) {
        long s = 0;
        for (int d = 0; d < a.length; d++) {
            if (a[d] != 0 && b[d] != 0) {
                s += mul(a[d], b[d]);
                if (s >= P) {
                    s -= P;
                }
            }
        }
        return s;
    }

    private static int lead(long[] v) {
        for (int d = 0; d < v.length; d++) {
            if (v[d] != 0) {
                return d;
            }
        }
        return -1;
    }

    static long mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        long x = (hi << 3) | (lo >>> 61);
        long y = lo & P;
        long r = x + y;
        return r >= P ? r - P : r;
    }

    static long sub(long a, long b) {
        long r = a - b;
        return r < 0 ? r + P : r;
    }

    static long inverse(long a) {
        long result = 1;
        long base = a;
        long e = P - 2;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = mul(result, base);
            }
            base = mul(base, base);
            e >>= 1;
        }
        return result;
    }
}
