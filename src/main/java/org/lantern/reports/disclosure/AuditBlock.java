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
 * checked on their own; the rest, with the totals, form one small matrix ({@link ReaderView}, {@link MatrixChecks}). Both checks are exact
 * linear algebra over the integers; when the search for a small combination would take too long, the
 * audit reports the smallest candidate found, so that more is hidden rather than less.
 */
final class AuditBlock {

    /** A measure's value is missing for this person, or differs within an atom. */
    static final int NO_CLASS = -1;

    final String name;
    /** [row type][scope]: the cell, or -1; scope 0 is all teams together, t + 1 is team t. */
    final int[][] cells;
    final int teams;
    final int measures;
    final List<Atom> atoms;
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
    record Atom(int team, BitSet leaf, int knownBy, int weight, int[] classes) {
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
        Finding finding = new ReaderView(this, -1).find(shown, hideable, k);
        for (int p = 0; finding == null && p < perspectives.length; p++) {
            finding = new ReaderView(this, perspectives[p]).find(shown, hideable, k);
        }
        return finding;
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
