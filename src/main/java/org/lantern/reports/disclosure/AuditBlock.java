package org.lantern.reports.disclosure;

import org.jspecify.annotations.Nullable;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * People whose answers are the same unknowns to a reader (for example everyone's answers to one
 * theme's questions at one survey), and the kinds of figures shown over groups of them.
 *
 * <p>A <em>row type</em> is one kind of figure, e.g. "the before survey, everyone who answered every
 * question of the theme, in release 2"; each row type is shown for all teams together and for each
 * team, and each of those is one {@link DisclosureControl} cell. A figure is a sum over its people
 * (a mean with its n is a sum; an SD adds a sum of squares over the same people; a share of answers
 * is a sum of indicators), so what a reader can work out from the shown figures is every linear
 * combination of their populations. The audit looks for such a combination that
 * <ul>
 *   <li>(C2) touches between 1 and k − 1 people, leaving out anyone the reader already knows
 *       (people whose paper answers they imported themselves), or</li>
 *   <li>(C3) touches only people who gave the same answer to one question (or the same theme score,
 *       the same band of change, the same right or wrong answer): group disclosure.</li>
 * </ul>
 * People are grouped into atoms (same team, same figures): every combination is constant on an
 * atom. Teams whose own figures explain the totals' contribution exactly ("closed" teams) are
 * checked on their own; the rest, with the totals, form one small matrix. Both checks are exact
 * linear algebra over the integers; when the search for a small combination would take too long, the
 * audit reports the smallest candidate found, so that more is hidden rather than less.
 */
final class AuditBlock {

    /** A measure's value is missing for this person, or differs within an atom. */
    static final int NO_CLASS = -1;
    /** Work allowed for the exact search of one matrix (about matrix cells touched); beyond it, the audit errs on hiding. */
    private static final long SEARCH_BUDGET = 30_000_000L;

    final String name;
    /** [row type][scope]: the cell, or -1; scope 0 is all teams together, t + 1 is team t. */
    final int[][] cells;
    final int teams;
    final int measures;
    private final List<Atom> atoms;
    private final int[] perspectives;

    private AuditBlock(String name, int[][] cells, int teams, int measures, List<Atom> atoms) {
        this.name = name;
        this.cells = cells;
        this.teams = teams;
        this.measures = measures;
        this.atoms = atoms;
        this.perspectives = atoms.stream().mapToInt(Atom::knownBy).filter(k -> k >= 0).distinct().sorted().toArray();
    }

    /** People with the same team, the same figures and the same reader who knows them. */
    private record Atom(int team, BitSet leaf, int knownBy, int weight, int[] classes) {
    }

    /**
     * A combination of shown figures that reveals too much: {@code coefficient[cell]} is non-zero for the cells it uses.
     * {@code unverified} when the exact search ran out of its allowance and this is only the likeliest candidate.
     */
    record Finding(Map<Integer, BigInteger> cells, boolean groupDisclosure, boolean unverified) {
    }

    /** How many people a cell's figures are about (as seen by a reader who knows nobody). */
    int size(int cell) {
        int size = 0;
        for (int r = 0; r < cells.length; r++) {
            for (int s = 0; s <= teams; s++) {
                if (cells[r][s] == cell) {
                    for (Atom a : atoms) {
                        if (a.leaf.get(r) && (s == 0 || a.team == s - 1)) {
                            size += a.weight;
                        }
                    }
                    return size;
                }
            }
        }
        return 0;
    }

    /** True when everyone in the cell has the same class for some measure (and the cell is not empty). */
    boolean everyoneAlike(int cell) {
        for (int r = 0; r < cells.length; r++) {
            for (int s = 0; s <= teams; s++) {
                if (cells[r][s] != cell) {
                    continue;
                }
                for (int m = 0; m < measures; m++) {
                    int seen = Integer.MIN_VALUE;
                    boolean alike = true;
                    boolean any = false;
                    for (Atom a : atoms) {
                        if (!a.leaf.get(r) || (s != 0 && a.team != s - 1)) {
                            continue;
                        }
                        any = true;
                        int c = a.classes[m];
                        if (c == NO_CLASS || (seen != Integer.MIN_VALUE && seen != c)) {
                            alike = false;
                            break;
                        }
                        seen = c;
                    }
                    if (any && alike) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The cells this block has rows for. */
    List<Integer> cellList() {
        List<Integer> list = new ArrayList<>();
        for (int[] row : cells) {
            for (int c : row) {
                if (c >= 0) {
                    list.add(c);
                }
            }
        }
        return list;
    }

    /**
     * The first combination of the shown cells that reveals too much, for a reader who knows nobody
     * and for each reader who imported some of these answers, or null when there is none.
     */
    @Nullable Finding find(boolean[] shown, boolean[] hideable, int k) {
        Finding finding = find(shown, hideable, k, -1);
        for (int p = 0; finding == null && p < perspectives.length; p++) {
            finding = find(shown, hideable, k, perspectives[p]);
        }
        return finding;
    }

    // --- one reader's view ----------------------------------------------------------------------------

    /** A column of a matrix: an atom as far as the shown rows can tell, for one reader. */
    private static final class Column {
        final int team;
        final BitSet mask;
        int weight;
        final int[] classes;

        Column(int team, BitSet mask, int[] classes) {
            this.team = team;
            this.mask = mask;
            this.classes = classes.clone();
        }

        void absorb(int weight, int[] classes) {
            this.weight += weight;
            for (int m = 0; m < this.classes.length; m++) {
                if (this.classes[m] != classes[m]) {
                    this.classes[m] = NO_CLASS;
                }
            }
        }
    }

    private @Nullable Finding find(boolean[] shown, boolean[] hideable, int k, int reader) {
        BitSet global = new BitSet();
        BitSet[] own = new BitSet[teams];
        for (int t = 0; t < teams; t++) {
            own[t] = new BitSet();
        }
        for (int r = 0; r < cells.length; r++) {
            if (isShown(shown, cells[r][0])) {
                global.set(r);
            }
            for (int t = 0; t < teams; t++) {
                if (isShown(shown, cells[r][t + 1])) {
                    own[t].set(r);
                }
            }
        }
        // columns per team: people the reader does not know, grouped by the shown rows they are in
        List<Map<BitSet, Column>> columns = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            columns.add(new LinkedHashMap<>());
        }
        for (Atom a : atoms) {
            if (reader >= 0 && a.knownBy == reader) {
                continue;
            }
            BitSet mask = (BitSet) a.leaf.clone();
            BitSet visible = (BitSet) global.clone();
            visible.or(own[a.team]);
            mask.and(visible);
            if (mask.isEmpty()) {
                continue;
            }
            columns.get(a.team).computeIfAbsent(mask, m -> new Column(a.team, m, a.classes)).absorb(a.weight, a.classes);
        }
        int[] globalRows = global.stream().toArray();
        List<OpenTeam> open = new ArrayList<>();
        List<ClosedTeam> closed = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            List<Column> cols = new ArrayList<>(columns.get(t).values());
            if (cols.isEmpty()) {
                continue;
            }
            int[] teamRows = own[t].stream().toArray();
            BigInteger[][] f = matrix(teamRows, cols);
            BigInteger[][] g = matrix(globalRows, cols);
            // the totals' part in this team, written with the team's own rows where possible
            Elimination.Result echelon = Elimination.eliminate(f, range(cols.size()));
            BigInteger[][] cancel = new BigInteger[globalRows.length][];
            boolean isClosed = true;
            for (int i = 0; i < globalRows.length && isClosed; i++) {
                cancel[i] = express(g[i], echelon, teamRows.length);
                isClosed = cancel[i] != null;
            }
            if (isClosed) {
                closed.add(new ClosedTeam(t, teamRows, cols, f, cancel));
            } else {
                open.add(new OpenTeam(t, teamRows, cols));
            }
        }
        // 1. each closed team on its own
        for (ClosedTeam c : closed) {
            int[] weights = c.columns.stream().mapToInt(col -> col.weight).toArray();
            int[][] classes = classes(c.columns);
            int[] cellOfRow = java.util.Arrays.stream(c.rows).map(r -> cells[r][c.team + 1]).toArray();
            Found found = check(c.f, weights, classes, k, i -> hideable[cellOfRow[i]]);
            if (found != null) {
                Map<Integer, BigInteger> used = new HashMap<>();
                for (int i = 0; i < c.rows.length; i++) {
                    add(used, cells[c.rows[i]][c.team + 1], found.y[i]);
                }
                return new Finding(clean(used), found.group, found.unverified);
            }
        }
        // 2. the open teams together with the totals
        if (open.isEmpty()) {
            return null;
        }
        List<Column> all = new ArrayList<>();
        List<int[]> rowIds = new ArrayList<>(); // {row type, scope}
        int[] offset = new int[open.size()];
        for (int o = 0; o < open.size(); o++) {
            offset[o] = all.size();
            all.addAll(open.get(o).columns);
            for (int r : open.get(o).rows) {
                rowIds.add(new int[]{r, open.get(o).team + 1});
            }
        }
        for (int r : globalRows) {
            rowIds.add(new int[]{r, 0});
        }
        BigInteger[][] m = new BigInteger[rowIds.size()][all.size()];
        for (int i = 0; i < rowIds.size(); i++) {
            int r = rowIds.get(i)[0];
            int scope = rowIds.get(i)[1];
            for (int j = 0; j < all.size(); j++) {
                Column col = all.get(j);
                boolean in = col.mask.get(r) && (scope == 0 || col.team == scope - 1);
                m[i][j] = in ? BigInteger.ONE : BigInteger.ZERO;
            }
        }
        // columns that every row treats alike (e.g. hidden teams of the same make-up) are one
        Merged merged = merge(m, all);
        // rows of closed teams' cells can take part in cancelling the totals, so any open global row may be usable
        int[] cellOfRow = rowIds.stream().mapToInt(id -> cells[id[0]][id[1]]).toArray();
        Found found = check(merged.matrix, merged.weights, merged.classes, k, i -> hideable[cellOfRow[i]]);
        if (found == null) {
            return null;
        }
        Map<Integer, BigInteger> used = new HashMap<>();
        for (int i = 0; i < rowIds.size(); i++) {
            add(used, cells[rowIds.get(i)[0]][rowIds.get(i)[1]], found.y[i]);
        }
        // closed teams cancel the totals' part with their own rows: those rows take part too
        int firstGlobal = rowIds.size() - globalRows.length;
        for (ClosedTeam c : closed) {
            // team row j takes part with -Σ_i y_i · c_ij / scale_i; only whether that is zero matters
            BigInteger[] num = new BigInteger[c.rows.length];
            Arrays.fill(num, BigInteger.ZERO);
            BigInteger den = BigInteger.ONE;
            for (int i = 0; i < globalRows.length; i++) {
                BigInteger yi = found.y[firstGlobal + i];
                if (yi.signum() == 0) {
                    continue;
                }
                BigInteger scale = c.cancel[i][0];
                for (int j = 0; j < c.rows.length; j++) {
                    num[j] = num[j].multiply(scale).subtract(yi.multiply(c.cancel[i][j + 1]).multiply(den));
                }
                den = den.multiply(scale);
            }
            for (int j = 0; j < c.rows.length; j++) {
                add(used, cells[c.rows[j]][c.team + 1], num[j]);
            }
        }
        return new Finding(clean(used), found.group, found.unverified);
    }

    private record ClosedTeam(int team, int[] rows, List<Column> columns, BigInteger[][] f, BigInteger[][] cancel) {
    }

    private record OpenTeam(int team, int[] rows, List<Column> columns) {
    }

    private static boolean isShown(boolean[] shown, int cell) {
        return cell >= 0 && shown[cell];
    }

    private static BigInteger[][] matrix(int[] rows, List<Column> cols) {
        BigInteger[][] m = new BigInteger[rows.length][cols.size()];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols.size(); j++) {
                m[i][j] = cols.get(j).mask.get(rows[i]) ? BigInteger.ONE : BigInteger.ZERO;
            }
        }
        return m;
    }

    private static int[] range(int n) {
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
    private static BigInteger @Nullable [] express(BigInteger[] target, Elimination.Result echelon, int inputs) {
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
        if (!Elimination.isZero(v)) {
            return null;
        }
        BigInteger[] result = new BigInteger[inputs + 1];
        result[0] = scale;
        System.arraycopy(comb, 0, result, 1, inputs);
        return result;
    }

    private static void add(Map<Integer, BigInteger> used, int cell, BigInteger coefficient) {
        if (cell >= 0 && coefficient.signum() != 0) {
            used.merge(cell, coefficient, BigInteger::add);
        }
    }

    private static Map<Integer, BigInteger> clean(Map<Integer, BigInteger> used) {
        used.values().removeIf(v -> v.signum() == 0);
        return used;
    }

    private int[][] classes(List<Column> cols) {
        int[][] classes = new int[measures][cols.size()];
        for (int j = 0; j < cols.size(); j++) {
            for (int m = 0; m < measures; m++) {
                classes[m][j] = cols.get(j).classes[m];
            }
        }
        return classes;
    }

    private record Merged(BigInteger[][] matrix, int[] weights, int[][] classes) {
    }

    private Merged merge(BigInteger[][] m, List<Column> cols) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Integer> weights = new ArrayList<>();
        List<int[]> classes = new ArrayList<>();
        List<Integer> representative = new ArrayList<>();
        for (int j = 0; j < cols.size(); j++) {
            StringBuilder key = new StringBuilder();
            for (BigInteger[] row : m) {
                key.append(row[j].signum());
            }
            Integer at = index.get(key.toString());
            if (at == null) {
                index.put(key.toString(), weights.size());
                weights.add(cols.get(j).weight);
                classes.add(cols.get(j).classes.clone());
                representative.add(j);
            } else {
                weights.set(at, weights.get(at) + cols.get(j).weight);
                int[] c = classes.get(at);
                for (int x = 0; x < measures; x++) {
                    if (c[x] != cols.get(j).classes[x]) {
                        c[x] = NO_CLASS;
                    }
                }
            }
        }
        BigInteger[][] matrix = new BigInteger[m.length][representative.size()];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < representative.size(); j++) {
                matrix[i][j] = m[i][representative.get(j)];
            }
        }
        int[][] byMeasure = new int[measures][representative.size()];
        for (int j = 0; j < representative.size(); j++) {
            for (int x = 0; x < measures; x++) {
                byMeasure[x][j] = classes.get(j)[x];
            }
        }
        return new Merged(matrix, weights.stream().mapToInt(Integer::intValue).toArray(), byMeasure);
    }

    // --- the two checks on one matrix ---------------------------------------------------------------

    /** A combination {@code y} of the matrix rows that reveals too much. */
    private record Found(BigInteger[] y, boolean group, boolean unverified) {
    }

    private static @Nullable Found check(BigInteger[][] rows, int[] weights, int[][] classes, int k,
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

    // --- building -------------------------------------------------------------------------------------

    /** Collects people into atoms as they are added. */
    static final class Builder {
        private final String name;
        private final int teams;
        private final int measures;
        private final List<int[]> cells = new ArrayList<>();
        private final Map<AtomKey, int[]> atoms = new LinkedHashMap<>(); // value: {weight, classes...}

        private record AtomKey(int team, BitSet leaf, int knownBy) {
        }

        Builder(String name, int teams, int measures) {
            this.name = name;
            this.teams = teams;
            this.measures = measures;
        }

        /** Adds a row type; {@code cellByScope[0]} is the all-teams cell, {@code [t + 1]} team t's (-1 when none). */
        int rowType(int[] cellByScope) {
            if (cellByScope.length != teams + 1) {
                throw new IllegalArgumentException("one cell per scope expected");
            }
            cells.add(cellByScope.clone());
            return cells.size() - 1;
        }

        /**
         * Adds a person.
         *
         * @param leaf    the row types they belong to
         * @param knownBy the reader who entered their answers (an importer), or -1
         * @param classes per measure: their answer's class, or {@link #NO_CLASS}
         */
        void person(int team, BitSet leaf, int knownBy, int[] classes) {
            if (leaf.isEmpty()) {
                return;
            }
            int[] atom = atoms.computeIfAbsent(new AtomKey(team, leaf, knownBy), key -> {
                int[] a = new int[measures + 1];
                System.arraycopy(classes, 0, a, 1, measures);
                return a;
            });
            atom[0]++;
            for (int m = 0; m < measures; m++) {
                if (atom[m + 1] != classes[m]) {
                    atom[m + 1] = NO_CLASS;
                }
            }
        }

        AuditBlock build() {
            List<Atom> list = new ArrayList<>();
            atoms.forEach((key, a) -> list.add(new Atom(key.team(), key.leaf(), key.knownBy(), a[0],
                    Arrays.copyOfRange(a, 1, a.length))));
            return new AuditBlock(name, cells.toArray(int[][]::new), teams, measures, list);
        }
    }
}
