package org.lantern.reports.disclosure;

import org.jspecify.annotations.Nullable;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which figures of a release can be shown, over the whole release and every earlier
 * release at once, so that no combination of shown figures reveals one person's answers.
 *
 * <p>A <em>cell</em> is one group's figures of one kind (say "Acute Ward Two, hope theme, before
 * survey"); everything in a cell is shown or hidden together. The rules, in the spirit of the UK
 * Office for National Statistics' and NHS England's small-number guidance, applied as a complete
 * audit rather than per table (as τ-ARGUS and sdcTable do for secondary suppression):
 * <ol>
 *   <li><b>Threshold.</b> A cell about 1 to k − 1 people is hidden. An empty cell hides nothing
 *       and protects nothing.</li>
 *   <li><b>Group rule.</b> A cell in which everyone gave the same answer to a question (the same
 *       score, the same band of change, all right or all wrong) is hidden.</li>
 *   <li><b>Differencing.</b> Cells are then hidden, one at a time and least useful first, until no
 *       linear combination of shown figures (from this release, earlier releases of the same pair,
 *       and releases of other pairs sharing a survey) is about 1 to k − 1 people (not counting
 *       people whose answers the reader entered), or only about people who gave the same answer.</li>
 * </ol>
 * Hiding a cell can only remove combinations, so a block that passed stays passed and the loop ends.
 */
public final class DisclosureControl {

    /** Why a cell is hidden. */
    public enum Why {
        /** About fewer than the minimum number of people (for someone who can read it). */
        TOO_FEW,
        /** Everyone in it gave the same answer. */
        EVERYONE_ALIKE,
        /** Otherwise a hidden group's figures could be worked out from the shown ones. */
        PROTECTS_OTHERS,
        /** It changed for too few people since an earlier release, which still shows the old figure. */
        SINCE_EARLIER_RELEASE
    }

    private final int k;
    private final List<Cell> cells = new ArrayList<>();
    private final List<AuditBlock> blocks = new ArrayList<>();
    private int findings;

    /**
     * @param minGroupSize figures about fewer people than this are never shown or derivable
     */
    public DisclosureControl(int minGroupSize) {
        if (minGroupSize < 2) {
            throw new IllegalArgumentException("the minimum group size is at least 2");
        }
        this.k = minGroupSize;
    }

    private static final class Cell {
        final int priority;
        final boolean fixed;
        boolean shown;
        @Nullable Why why;
        final List<Integer> partners = new ArrayList<>();
        final List<Integer> blocks = new ArrayList<>();
        int size = -1;

        Cell(int priority, boolean fixed, boolean shown) {
            this.priority = priority;
            this.fixed = fixed;
            this.shown = shown;
        }
    }

    /**
     * A cell of the release being made, shown unless the rules hide it.
     *
     * @param priority lower values are hidden first when one of several cells must go
     */
    public int cell(int priority) {
        cells.add(new Cell(priority, false, true));
        return cells.size() - 1;
    }

    /** A cell of an earlier release: shown or hidden as it was released, never changed now. */
    public int releasedCell(boolean shown) {
        cells.add(new Cell(Integer.MAX_VALUE, true, shown));
        return cells.size() - 1;
    }

    /** Cells shown or hidden together (e.g. the two sides of one comparison). */
    public void together(int a, int b) {
        cells.get(a).partners.add(b);
        cells.get(b).partners.add(a);
    }

    /** Starts a block of people who share unknowns; see {@link AuditBlock}. */
    public BlockBuilder block(String name, int teams, int measures) {
        return new BlockBuilder(new AuditBlock.Builder(name, teams, measures));
    }

    /** Adds row types and people to one block. */
    public final class BlockBuilder {
        private final AuditBlock.Builder builder;

        private BlockBuilder(AuditBlock.Builder builder) {
            this.builder = builder;
        }

        /** A kind of figure: {@code cellByScope[0]} is the all-teams cell, {@code [t + 1]} team t's, -1 when not shown at all. */
        public int rowType(int[] cellByScope) {
            return builder.rowType(cellByScope);
        }

        /**
         * A person in this block.
         *
         * @param leaf    the row types whose figures include them
         * @param knownBy who entered their answers (an importer's number), or -1
         * @param classes per measure, their answer's class, or {@link #NO_CLASS}
         */
        public void person(int team, BitSet leaf, int knownBy, int[] classes) {
            builder.person(team, leaf, knownBy, classes);
        }

        public void build() {
            AuditBlock block = builder.build();
            blocks.add(block);
            for (int c : new LinkedHashSet<>(block.cellList())) {
                cells.get(c).blocks.add(blocks.size() - 1);
            }
        }
    }

    /** A measure value that is missing. */
    public static final int NO_CLASS = AuditBlock.NO_CLASS;

    /**
     * Applies the rules.
     *
     * @return per cell, null when it can be shown, otherwise why it is hidden (earlier releases'
     * cells keep what they were released with)
     * @throws DisclosureException when earlier releases themselves reveal too much (for example after
     *                             the minimum group size was raised), which no new release can mend
     */
    public List<@Nullable Why> decide() {
        boolean[] shown = new boolean[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            shown[c] = cells.get(c).shown;
        }
        for (int i = 0; i < cells.size(); i++) {
            int c = i;
            Cell cell = cells.get(c);
            if (cell.fixed || cell.blocks.isEmpty()) {
                continue;
            }
            AuditBlock first = blocks.get(cell.blocks.getFirst());
            cell.size = first.size(c);
            if (cell.size > 0 && cell.size < k) {
                hide(c, Why.TOO_FEW, shown);
            } else if (cell.size > 0 && cell.blocks.stream().anyMatch(b -> blocks.get(b).everyoneAlike(c))) {
                hide(c, Why.EVERYONE_ALIKE, shown);
            }
        }
        Deque<Integer> queue = new ArrayDeque<>();
        for (int b = 0; b < blocks.size(); b++) {
            queue.add(b);
        }
        Set<Integer> queued = new LinkedHashSet<>(queue);
        while (!queue.isEmpty()) {
            int b = queue.poll();
            queued.remove(b);
            AuditBlock block = blocks.get(b);
            boolean[] open = new boolean[cells.size()];
            for (int c = 0; c < open.length; c++) {
                open[c] = shown[c] && !cells.get(c).fixed;
            }
            AuditBlock.Finding finding = block.find(shown, open, k);
            if (finding == null) {
                continue;
            }
            findings++;
            int chosen = choose(finding.cells(), shown, block);
            if (chosen < 0 && finding.unverified()) {
                // the block could not be checked in full and the candidate uses no figure of this release:
                // hide this release's least useful figure in the block, and check again
                chosen = choose(block.cellList().stream().distinct().collect(java.util.stream.Collectors.toMap(c -> c,
                        c -> BigInteger.ONE)), shown, block);
            }
            if (chosen < 0 && finding.unverified()) {
                continue;
            }
            if (chosen < 0) {
                throw new DisclosureException("Earlier releases of this programme already show figures that, together, reveal "
                        + "too much at the current minimum group size of " + k + " (" + block.name + "). This happens when the "
                        + "minimum group size was raised after those releases; set it back to make further releases.");
            }
            Why why = reason(finding, chosen);
            for (int c : hide(chosen, why, shown)) {
                for (int other : cells.get(c).blocks) {
                    if (queued.add(other)) {
                        queue.add(other);
                    }
                }
            }
            if (queued.add(b)) {
                queue.addFirst(b);
            }
        }
        List<@Nullable Why> result = new ArrayList<>();
        for (Cell cell : cells) {
            result.add(cell.why);
        }
        return result;
    }

    /** How many combinations the audit found and mended (for the release's record). */
    public int findings() {
        return findings;
    }

    private List<Integer> hide(int c, Why why, boolean[] shown) {
        List<Integer> hidden = new ArrayList<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(c));
        while (!todo.isEmpty()) {
            int x = todo.poll();
            Cell cell = cells.get(x);
            if (!shown[x] || cell.fixed) {
                continue;
            }
            shown[x] = false;
            cell.shown = false;
            cell.why = why;
            hidden.add(x);
            todo.addAll(cell.partners);
        }
        return hidden;
    }

    /** The least useful open cell among those the finding uses: lowest priority, then fewest people. */
    private int choose(Map<Integer, BigInteger> used, boolean[] shown, AuditBlock block) {
        int best = -1;
        for (int c : used.keySet()) {
            Cell cell = cells.get(c);
            if (cell.fixed || !shown[c]) {
                continue;
            }
            if (cell.size < 0) {
                cell.size = block.size(c);
            }
            if (best < 0 || compare(c, best) < 0) {
                best = c;
            }
        }
        return best;
    }

    private int compare(int a, int b) {
        Cell x = cells.get(a);
        Cell y = cells.get(b);
        if (x.priority != y.priority) {
            return Integer.compare(x.priority, y.priority);
        }
        if (x.size != y.size) {
            return Integer.compare(x.size, y.size);
        }
        return Integer.compare(a, b);
    }

    private Why reason(AuditBlock.Finding finding, int chosen) {
        if (finding.cells().keySet().stream().anyMatch(c -> cells.get(c).fixed)) {
            return Why.SINCE_EARLIER_RELEASE;
        }
        if (finding.cells().size() == 1) {
            return finding.groupDisclosure() ? Why.EVERYONE_ALIKE : Why.TOO_FEW;
        }
        return Why.PROTECTS_OTHERS;
    }
}
