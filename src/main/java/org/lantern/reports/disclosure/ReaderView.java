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

import static org.lantern.reports.disclosure.AuditBlock.Finding;
import static org.lantern.reports.disclosure.AuditBlock.NO_CLASS;

/**
 * One reader's view of an {@link AuditBlock}: the people they do not already know, grouped into the
 * columns the shown figures can tell apart, and the matrices {@link MatrixChecks} searches. Teams
 * whose own figures explain the totals' part ("closed" teams) are checked on their own; the rest,
 * with the totals, form one matrix.
 */
final class ReaderView {

    private final AuditBlock block;
    private final int[][] cells;
    private final int teams;
    private final int measures;
    /** The reader who imported some answers (and so knows them), or -1 for a reader who knows nobody. */
    private final int reader;

    ReaderView(AuditBlock block, int reader) {
        this.block = block;
        this.cells = block.cells;
        this.teams = block.teams;
        this.measures = block.measures;
        this.reader = reader;
    }

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

    /** The first combination of the shown cells that reveals too much to this reader, or null. */
    @Nullable Finding find(boolean[] shown, boolean[] hideable, int k) {
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
        for (AuditBlock.Atom a : block.atoms) {
            if (reader >= 0 && a.knownBy() == reader) {
                continue;
            }
            BitSet mask = (BitSet) a.leaf().clone();
            BitSet visible = (BitSet) global.clone();
            visible.or(own[a.team()]);
            mask.and(visible);
            if (mask.isEmpty()) {
                continue;
            }
            columns.get(a.team()).computeIfAbsent(mask, m -> new Column(a.team(), m, a.classes())).absorb(a.weight(), a.classes());
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
            Elimination.Result echelon = Elimination.eliminate(f, Elimination.range(cols.size()));
            BigInteger[][] cancel = new BigInteger[globalRows.length][];
            boolean isClosed = true;
            for (int i = 0; i < globalRows.length && isClosed; i++) {
                cancel[i] = Elimination.express(g[i], echelon, teamRows.length);
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
            MatrixChecks.Found found = MatrixChecks.check(c.f, weights, classes, k, i -> hideable[cellOfRow[i]]);
            if (found != null) {
                Map<Integer, BigInteger> used = new HashMap<>();
                for (int i = 0; i < c.rows.length; i++) {
                    add(used, cells[c.rows[i]][c.team + 1], found.y()[i]);
                }
                return new Finding(clean(used), found.group(), found.unverified());
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
        MatrixChecks.Found found = MatrixChecks.check(merged.matrix, merged.weights, merged.classes, k, i -> hideable[cellOfRow[i]]);
        if (found == null) {
            return null;
        }
        Map<Integer, BigInteger> used = new HashMap<>();
        for (int i = 0; i < rowIds.size(); i++) {
            add(used, cells[rowIds.get(i)[0]][rowIds.get(i)[1]], found.y()[i]);
        }
        // closed teams cancel the totals' part with their own rows: those rows take part too
        int firstGlobal = rowIds.size() - globalRows.length;
        for (ClosedTeam c : closed) {
            // team row j takes part with -Σ_i y_i · c_ij / scale_i; only whether that is zero matters
            BigInteger[] num = new BigInteger[c.rows.length];
            Arrays.fill(num, BigInteger.ZERO);
            BigInteger den = BigInteger.ONE;
            for (int i = 0; i < globalRows.length; i++) {
                BigInteger yi = found.y()[firstGlobal + i];
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
        return new Finding(clean(used), found.group(), found.unverified());
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
}
