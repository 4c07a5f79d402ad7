package org.lantern.reports.privacy;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.privacy.Cohort.Person;
import org.lantern.reports.privacy.Cohort.Response;
import org.lantern.reports.privacy.Cohort.Snapshot;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The strongest intruder we can think of, written from the documented definitions only (the method
 * notes and the release calculator's class comment), never from the code that makes the figures.
 *
 * <p>It knows everyone's membership: who answered which wave and which questions, who is in which team
 * and learning-link group, and which rows it imported itself (and their answers). It reads every
 * figure it is shown, of every release and scope, and turns each into exact linear equations over
 * the unknown answers of the people in the figure's population:
 * <ul>
 *   <li>a mean with its n is a sum (mean × n); an SD adds a sum of squares ((n − 1)·SD² + n·mean²);</li>
 *   <li>a theme score is the mean of its questions, so a theme's sum is a sum of question answers and its
 *       sum of squares adds each person's cross products; change figures give sums of before and
 *       after answers of the pairs and the sum of squared changes;</li>
 *   <li>"% correct" × n is a count of right answers; the "how answers moved" shares × pairs are
 *       counts per band of change; response, comment and learning-link counts are counts of people.</li>
 * </ul>
 * The unknowns are per person: answers x (one per question and wave), squares and cross products
 * (so that sums of squares are linear too), right/wrong per knowledge question, band of change per
 * question. People with exactly the same memberships are indistinguishable and share one column
 * (an "atom"). Everything is exact (BigInteger); doubles are only turned into the integers they stand
 * for, and a figure that does not give an integer is a failure of the model, not something to round away.
 *
 * <p>It then looks for
 * <ol>
 *   <li>any person's value (answer, square, change, theme score, band, right/wrong) in the row space:
 *       determined exactly;</li>
 *   <li>any combination of figures about 1 to k − 1 people (rows of the reduced echelon form whose
 *       people number fewer than k, with large groups ordered first so such rows show up);</li>
 *   <li>derivable populations: each shown population, differences of nested ones (across tables,
 *       teams and releases) and "all teams minus the shown teams", with 1 to k − 1 people, or whose
 *       derived variance is 0, or whose derived sum is all-minimum or all-maximum, or whose derived
 *       category count (right answers, bands) is everyone.</li>
 * </ol>
 */
final class Intruder {

    /** Kinds of population, as documented. */
    enum Kind { WAVE, PAIRS, LEARN, CHOICE, RESPONDED, MATCHED, WRITTEN, DROPOUT, UNLINKED_ALL }

    /**
     * A population. {@code release} indexes {@link Cohort#releases}; {@code team} is -1 for all teams.
     * WAVE: family and wave; PAIRS: family; LEARN: family (-1 = all questions) and group (2 trained, 1 not);
     * CHOICE: family = knowledge question, wave; RESPONDED: wave; MATCHED; WRITTEN: family = text question, wave;
     * DROPOUT: family and wave (the release's before wave): everyone of WAVE there who is not among the family's PAIRS
     * (attrition's drop-outs). Attrition's completers are PAIRS seen as a WaveFigure at the before wave.
     * UNLINKED_ALL: family and wave: everyone of WAVE there, and the unlinked responses (no participant code) that
     * answered the whole family at that wave; unlinked people are in no other population.
     */
    record Pop(int release, int team, Kind kind, int family, int wave, int group) {
    }

    /** Something shown. */
    sealed interface Figure permits WaveFigure, ChangeFigure, ChoiceFigure, CountFigure {
        Pop pop();
    }

    /** n, mean and SD at a wave of a question ({@code item} ≥ 0) or of the family's score ({@code item} = -1). */
    record WaveFigure(Pop pop, int item, int n, @Nullable Double mean, @Nullable Double sd) implements Figure {
    }

    /**
     * Change figures of pairs: of a question ({@code item} ≥ 0) or of a score; shares only for questions;
     * {@code nonZero}: how many changes are not 0 (the Wilcoxon test's n), when shown.
     */
    record ChangeFigure(Pop pop, int item, int pairs, @Nullable Double beforeMean, @Nullable Double afterMean,
                        @Nullable Double meanChange, @Nullable Double sdChange, double @Nullable [] shares,
                        @Nullable Integer nonZero) implements Figure {
    }

    /** n answered and % correct. */
    record ChoiceFigure(Pop pop, int n, @Nullable Double percent) implements Figure {
    }

    /** A count of people. */
    record CountFigure(Pop pop, int n) implements Figure {
    }

    private final Cohort cohort;
    private final int k;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    Intruder(Cohort cohort, int minGroupSize) {
        this.cohort = cohort;
        this.k = minGroupSize;
    }

    void see(Figure figure, String label) {
        figures.add(figure);
        labels.add(label);
    }

    int figuresSeen() {
        return figures.size();
    }

    // --- who is in a population (the documented definitions) ------------------------------------------

    private static boolean in(Snapshot s, Person p, int wave) {
        Response r = p.responses[wave];
        return r != null && r.arrival() <= s.upTo();
    }

    private static boolean complete(Person p, int wave, int[] items) {
        Response r = p.responses[wave];
        if (r == null) {
            return false;
        }
        for (int i : items) {
            if (!r.answered(i)) {
                return false;
            }
        }
        return true;
    }

    private int[] allItems() {
        return java.util.stream.IntStream.range(0, cohort.likert.size()).toArray();
    }

    boolean member(Pop pop, Person p) {
        Snapshot s = cohort.releases.get(pop.release());
        if (pop.team() >= 0 && p.team != pop.team() || p.unlinked && pop.kind() != Kind.UNLINKED_ALL) {
            return false;
        }
        return switch (pop.kind()) {
            case WAVE, UNLINKED_ALL -> in(s, p, pop.wave()) && complete(p, pop.wave(), cohort.families.get(pop.family()).items());
            case DROPOUT -> {
                int[] items = cohort.families.get(pop.family()).items();
                yield in(s, p, pop.wave()) && complete(p, pop.wave(), items)
                        && !(in(s, p, s.before()) && in(s, p, s.after()) && complete(p, s.before(), items) && complete(p, s.after(), items));
            }
            case PAIRS -> {
                int[] items = cohort.families.get(pop.family()).items();
                yield in(s, p, s.before()) && in(s, p, s.after()) && complete(p, s.before(), items) && complete(p, s.after(), items);
            }
            case LEARN -> {
                int[] items = pop.family() < 0 ? allItems() : cohort.families.get(pop.family()).items();
                yield in(s, p, s.before()) && in(s, p, s.after()) && complete(p, s.before(), items) && complete(p, s.after(), items)
                        && s.linked().contains(p) && s.trained().contains(p) == (pop.group() == 2);
            }
            case CHOICE -> in(s, p, pop.wave()) && p.responses[pop.wave()].choice()[pop.family()] >= 0;
            case RESPONDED -> in(s, p, pop.wave());
            case MATCHED -> in(s, p, s.before()) && in(s, p, s.after());
            case WRITTEN -> {
                String t = in(s, p, pop.wave()) ? p.responses[pop.wave()].text()[pop.family()] : null;
                yield t != null && !t.isBlank();
            }
        };
    }

    // --- unknowns ---------------------------------------------------------------------------------------

    enum VarType {
        /** an answer (scored) to question i at wave w1 */ X,
        /** its square */ A,
        /** Σ over pairs of questions i &lt; j of family i at wave w1 of x_i·x_j */ C,
        /** x(i, w1)·x(i, w2) */ E,
        /** Σ over i ≠ j of family i of x(i, w2)·x(j, w1) */ G,
        /** Σ over families f &lt; g of D_f·D_g, D = the family's change in item sums from w1 to w2 */ H,
        /** knowledge question i right (1) or not (0) at wave w1 */ Y,
        /** question i's change from w1 to w2 is in band {@code band} (0: ≤ −2, 1: −1, 2: 0, 3: +1; ≥ +2 is 1 − the rest) */ Z,
        /** the item sum of family i (every question when -1) changed from w1 to w2 (1) or not (0) */ NZ,
        /** 1 for someone counted (counts only); never known when {@code w1} is -1 */ ONE
    }

    record Var(VarType type, int i, int w1, int w2, int band) {
    }

    /** Sets of people tried per universe before the exhaustive search gives up (and says so). */
    static final long SEARCH_BUDGET = Long.getLong("privacy.search-budget", 1_500_000L);

    private static final String ANSWERS = "answers";
    private static final String SQUARES = "squares";
    private static final String KNOWLEDGE = "knowledge";
    private static final String MOVES = "moves";

    /** Σ over the people of {@code pop} of Σ measure[v]·v(person) = value. */
    private record Equation(String system, int figure, Pop pop, Map<Var, BigInteger> measure, BigInteger value, String what) {
    }

    private BigInteger truth(Person p, Var v) {
        return switch (v.type()) {
            case X -> BigInteger.valueOf(x(p, v.i(), v.w1()));
            case A -> BigInteger.valueOf((long) x(p, v.i(), v.w1()) * x(p, v.i(), v.w1()));
            case C -> {
                int[] items = cohort.families.get(v.i()).items();
                long s = 0;
                for (int a = 0; a < items.length; a++) {
                    for (int b = a + 1; b < items.length; b++) {
                        s += (long) x(p, items[a], v.w1()) * x(p, items[b], v.w1());
                    }
                }
                yield BigInteger.valueOf(s);
            }
            case E -> BigInteger.valueOf((long) x(p, v.i(), v.w1()) * x(p, v.i(), v.w2()));
            case G -> {
                int[] items = cohort.families.get(v.i()).items();
                long s = 0;
                for (int a : items) {
                    for (int b : items) {
                        if (a != b) {
                            s += (long) x(p, a, v.w2()) * x(p, b, v.w1());
                        }
                    }
                }
                yield BigInteger.valueOf(s);
            }
            case H -> {
                long[] d = new long[cohort.families.size()];
                for (int f = 0; f < d.length; f++) {
                    for (int i : cohort.families.get(f).items()) {
                        d[f] += x(p, i, v.w2()) - x(p, i, v.w1());
                    }
                }
                long s = 0;
                for (int f = 0; f < d.length; f++) {
                    for (int g = f + 1; g < d.length; g++) {
                        s += d[f] * d[g];
                    }
                }
                yield BigInteger.valueOf(s);
            }
            case Y -> cohort.correct(p.responses[v.w1()], v.i()) ? BigInteger.ONE : BigInteger.ZERO;
            case Z -> band(x(p, v.i(), v.w2()) - x(p, v.i(), v.w1())) == v.band() ? BigInteger.ONE : BigInteger.ZERO;
            case NZ -> {
                long change = 0;
                for (int i : items(v.i())) {
                    change += x(p, i, v.w2()) - x(p, i, v.w1());
                }
                yield change != 0 ? BigInteger.ONE : BigInteger.ZERO;
            }
            case ONE -> BigInteger.ONE;
        };
    }

    private int x(Person p, int item, int wave) {
        return cohort.scored(p.responses[wave], item);
    }

    static int band(int change) {
        return change <= -2 ? 0 : change == -1 ? 1 : change == 0 ? 2 : change == 1 ? 3 : 4;
    }

    /** Whether the reader entered every answer this unknown is made of. */
    private static boolean known(@Nullable String reader, Person p, Var v) {
        if (reader == null || v.w1() < 0) {
            return false;
        }
        Response first = p.responses[v.w1()];
        if (first == null || !reader.equals(first.importer())) {
            return false;
        }
        if (v.w2() >= 0) {
            Response second = p.responses[v.w2()];
            return second != null && reader.equals(second.importer());
        }
        return true;
    }

    // --- figures to equations -------------------------------------------------------------------------

    private final List<String> modelErrors = new ArrayList<>();

    private BigInteger exact(double value, int figure, String what) {
        double r = Math.rint(value);
        if (Math.abs(value - r) > 1e-6 * Math.max(1, Math.abs(value))) {
            modelErrors.add(labels.get(figure) + ": " + what + " = " + value + " is not the whole number the documented definition implies");
        }
        return BigInteger.valueOf((long) r);
    }

    private static Map<Var, BigInteger> measure(Object... pairs) {
        Map<Var, BigInteger> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.merge((Var) pairs[i], BigInteger.valueOf(((Number) pairs[i + 1]).longValue()), BigInteger::add);
        }
        m.values().removeIf(v -> v.signum() == 0);
        return m;
    }

    private static void add(Map<Var, BigInteger> m, Var v, long c) {
        m.merge(v, BigInteger.valueOf(c), BigInteger::add);
        m.values().removeIf(x -> x.signum() == 0);
    }

    /** The items of a score: a family, or every question (family -1). */
    private int[] items(int family) {
        return family < 0 ? allItems() : cohort.families.get(family).items();
    }

    /** Σ x at a wave over the score's items. */
    private Map<Var, BigInteger> sum(int[] items, int w) {
        Map<Var, BigInteger> m = new LinkedHashMap<>();
        for (int i : items) {
            add(m, new Var(VarType.X, i, w, -1, 0), 1);
        }
        return m;
    }

    /** (Σ x at a wave over a family's items)² in the unknowns. */
    private Map<Var, BigInteger> square(int family, int w) {
        Map<Var, BigInteger> m = new LinkedHashMap<>();
        int[] items = cohort.families.get(family).items();
        for (int i : items) {
            add(m, new Var(VarType.A, i, w, -1, 0), 1);
        }
        if (items.length > 1) {
            add(m, new Var(VarType.C, family, w, -1, 0), 2);
        }
        return m;
    }

    /** (change of a family's item sum from b to a)² in the unknowns. */
    private Map<Var, BigInteger> changeSquare(int family, int b, int a) {
        Map<Var, BigInteger> m = new LinkedHashMap<>(square(family, a));
        square(family, b).forEach((v, c) -> add(m, v, c.longValue()));
        int[] items = cohort.families.get(family).items();
        for (int i : items) {
            add(m, new Var(VarType.E, i, b, a, 0), -2);
        }
        if (items.length > 1) {
            add(m, new Var(VarType.G, family, b, a, 0), -2);
        }
        return m;
    }

    /** (change of the sum of every question)². */
    private Map<Var, BigInteger> allChangeSquare(int b, int a) {
        Map<Var, BigInteger> m = new LinkedHashMap<>();
        for (int f = 0; f < cohort.families.size(); f++) {
            changeSquare(f, b, a).forEach((v, c) -> add(m, v, c.longValue()));
        }
        if (cohort.families.size() > 1) {
            add(m, new Var(VarType.H, 0, b, a, 0), 2);
        }
        return m;
    }

    private List<Equation> equations() {
        List<Equation> eqs = new ArrayList<>();
        for (int fi = 0; fi < figures.size(); fi++) {
            Figure figure = figures.get(fi);
            Pop pop = figure.pop();
            Snapshot s = cohort.releases.get(pop.release());
            switch (figure) {
                case WaveFigure f -> {
                    if (f.n() == 0 || f.mean() == null) {
                        break;
                    }
                    int w = pop.wave();
                    int n = f.n();
                    if (f.item() >= 0) {
                        Var x = new Var(VarType.X, f.item(), w, -1, 0);
                        eqs.add(new Equation(ANSWERS, fi, pop, measure(x, 1), exact(n * f.mean(), fi, "n × mean"), "sum"));
                        if (n == 1 || f.sd() != null) {
                            double ss = n == 1 ? f.mean() * f.mean() : (n - 1) * f.sd() * f.sd() + n * f.mean() * f.mean();
                            eqs.add(new Equation(SQUARES, fi, pop, measure(new Var(VarType.A, f.item(), w, -1, 0), 1),
                                    exact(ss, fi, "sum of squares"), "sum of squares"));
                        }
                    } else {
                        int m = items(pop.family()).length;
                        eqs.add(new Equation(ANSWERS, fi, pop, sum(items(pop.family()), w), exact(m * n * f.mean(), fi, "n × mean × items"), "sum"));
                        if (n == 1 || f.sd() != null) {
                            double ss = n == 1 ? f.mean() * f.mean() : (n - 1) * f.sd() * f.sd() + n * f.mean() * f.mean();
                            eqs.add(new Equation(SQUARES, fi, pop, square(pop.family(), w), exact((double) m * m * ss, fi, "sum of squares"),
                                    "sum of squares"));
                        }
                    }
                }
                case ChangeFigure f -> {
                    if (f.pairs() == 0) {
                        break;
                    }
                    int b = s.before();
                    int a = s.after();
                    int n = f.pairs();
                    int[] items = f.item() >= 0 ? new int[]{f.item()} : items(pop.family());
                    int m = items.length;
                    Map<Var, BigInteger> before = sum(items, b);
                    Map<Var, BigInteger> after = sum(items, a);
                    Map<Var, BigInteger> change = new LinkedHashMap<>(after);
                    before.forEach((v, c) -> add(change, v, -c.longValue()));
                    if (f.beforeMean() != null) {
                        eqs.add(new Equation(ANSWERS, fi, pop, before, exact((double) m * n * f.beforeMean(), fi, "before sum"), "before sum"));
                    }
                    if (f.afterMean() != null) {
                        eqs.add(new Equation(ANSWERS, fi, pop, after, exact((double) m * n * f.afterMean(), fi, "after sum"), "after sum"));
                    }
                    if (f.meanChange() != null) {
                        eqs.add(new Equation(ANSWERS, fi, pop, change, exact((double) m * n * f.meanChange(), fi, "change sum"), "change sum"));
                    }
                    if (f.meanChange() != null && (n == 1 || f.sdChange() != null)) {
                        double ss = n == 1 ? f.meanChange() * f.meanChange()
                                : (n - 1) * f.sdChange() * f.sdChange() + n * f.meanChange() * f.meanChange();
                        Map<Var, BigInteger> sq;
                        if (f.item() >= 0) {
                            sq = measure(new Var(VarType.A, f.item(), a, -1, 0), 1, new Var(VarType.A, f.item(), b, -1, 0), 1,
                                    new Var(VarType.E, f.item(), b, a, 0), -2);
                        } else if (pop.family() >= 0) {
                            sq = changeSquare(pop.family(), b, a);
                        } else {
                            sq = allChangeSquare(b, a);
                        }
                        eqs.add(new Equation(SQUARES, fi, pop, sq, exact((double) m * m * ss, fi, "sum of squared changes"),
                                "sum of squared changes"));
                    }
                    if (f.nonZero() != null && f.item() < 0) {
                        eqs.add(new Equation(MOVES, fi, pop, measure(new Var(VarType.NZ, pop.family(), b, a, 0), 1),
                                BigInteger.valueOf(f.nonZero()), "changes that are not 0"));
                    }
                    if (f.shares() != null && f.item() >= 0) {
                        BigInteger top = exact(f.shares()[4] * n / 100, fi, "share × pairs");
                        for (int band = 0; band < 4; band++) {
                            eqs.add(new Equation(MOVES, fi, pop, measure(new Var(VarType.Z, f.item(), b, a, band), 1),
                                    exact(f.shares()[band] * n / 100, fi, "share × pairs"), "count in band " + band));
                        }
                        Map<Var, BigInteger> rest = new LinkedHashMap<>();
                        for (int band = 0; band < 4; band++) {
                            add(rest, new Var(VarType.Z, f.item(), b, a, band), 1);
                        }
                        eqs.add(new Equation(MOVES, fi, pop, rest, BigInteger.valueOf(n).subtract(top), "count not in band 4"));
                    }
                }
                case ChoiceFigure f -> {
                    if (f.n() > 0 && f.percent() != null) {
                        eqs.add(new Equation(KNOWLEDGE, fi, pop, measure(new Var(VarType.Y, pop.family(), pop.wave(), -1, 0), 1),
                                exact(f.percent() * f.n() / 100, fi, "% correct × n"), "right answers"));
                    }
                    eqs.add(count(fi, pop, f.n()));
                }
                case CountFigure f -> eqs.add(count(fi, pop, f.n()));
            }
        }
        return eqs;
    }

    private Equation count(int figure, Pop pop, int n) {
        Snapshot s = cohort.releases.get(pop.release());
        String system;
        Var one;
        switch (pop.kind()) {
            case RESPONDED -> {
                system = "count: responded " + cohort.waves.get(pop.wave());
                one = new Var(VarType.ONE, 0, pop.wave(), -1, 0);
            }
            case MATCHED -> {
                system = "count: answered both " + cohort.waves.get(s.before()) + " and " + cohort.waves.get(s.after());
                one = new Var(VarType.ONE, 1, s.before(), s.after(), 0);
            }
            case CHOICE -> {
                system = "count: answered " + cohort.choice.get(pop.family()).key() + " " + cohort.waves.get(pop.wave());
                one = new Var(VarType.ONE, 2, pop.wave(), -1, 0);
            }
            case WRITTEN -> {
                system = "count: wrote " + cohort.text.get(pop.family()).key() + " " + cohort.waves.get(pop.wave());
                one = new Var(VarType.ONE, 3, pop.wave(), -1, 0);
            }
            case LEARN -> {
                system = "count: learning link " + (pop.family() < 0 ? "all questions" : cohort.families.get(pop.family()).key());
                one = new Var(VarType.ONE, 4, -1, -1, 0);
            }
            default -> {
                system = "count: " + pop.kind() + " " + pop.family() + " " + pop.wave();
                one = new Var(VarType.ONE, 5, pop.wave(), -1, 0);
            }
        }
        return new Equation(system, figure, pop, measure(one, 1), BigInteger.valueOf(n), "people");
    }

    // --- the attack -------------------------------------------------------------------------------------

    /** What the intruder found. */
    enum Type {
        /** one person's value is determined */ DETERMINED,
        /** a combination of figures is about 1 to k − 1 people */ FEW,
        /** a derivable group's people all have the same value */ ALIKE
    }

    record Finding(Type type, String system, String what, List<String> people, String recovered, String truth, String how) {

        @Override
        public String toString() {
            return type + " [" + system + "] " + what + " — people " + people + ": recovered " + recovered + ", truth " + truth
                    + (how.isEmpty() ? "" : "\n      from " + how);
        }

        boolean aboutAnswers() {
            return !system.startsWith("count:");
        }
    }

    /** The outcome of one attack, from one reader's point of view. */
    record Verdict(@Nullable String reader, int figures, int equations, int people, List<Finding> findings, List<String> modelErrors,
                   long setsSearched, List<String> undecided) {

        boolean clean() {
            return findings.isEmpty() && modelErrors.isEmpty();
        }

        String describe() {
            return describe(25);
        }

        String describe(int max) {
            StringBuilder s = new StringBuilder("Intruder as " + (reader == null ? "a reader who imported nothing" : reader) + ": "
                    + figures + " figures, " + equations + " equations over " + people + " people, " + setsSearched
                    + " small sets searched; ");
            if (clean()) {
                return s.append("no answer derivable.").toString();
            }
            s.append(findings.size()).append(" finding(s)");
            for (Finding f : findings.subList(0, Math.min(findings.size(), max))) {
                s.append("\n  ").append(f);
            }
            if (findings.size() > max) {
                s.append("\n  … and ").append(findings.size() - max).append(" more");
            }
            for (String e : modelErrors.subList(0, Math.min(modelErrors.size(), 10))) {
                s.append("\n  MODEL ERROR: ").append(e);
            }
            for (String u : undecided) {
                s.append("\n  UNDECIDED (search budget): ").append(u);
            }
            return s.toString();
        }
    }

    private List<Person> people() {
        return cohort.people;
    }

    /** One atom: people with the same team, memberships and knowledge. */
    private record Atom(int index, List<Person> members) {
        int weight() {
            return members.size();
        }
    }

    private final class Attack {
        final @Nullable String reader;
        final List<Equation> eqs;
        final Map<Pop, BitSet> pops = new HashMap<>();
        final List<Atom> atoms = new ArrayList<>();
        final int[] atomOf;
        final List<Finding> findings = new ArrayList<>();
        final Set<String> reported = new LinkedHashSet<>();
        final Map<String, SystemSolve> systems = new LinkedHashMap<>();
        int explained;
        long searched;
        final List<String> undecided = new ArrayList<>();

        Attack(@Nullable String reader, List<Equation> eqs) {
            this.reader = reader;
            this.eqs = eqs;
            int n = people().size();
            for (Equation e : eqs) {
                pops.computeIfAbsent(e.pop(), p -> {
                    BitSet set = new BitSet(n);
                    for (Person person : people()) {
                        if (member(p, person)) {
                            set.set(person.index);
                        }
                    }
                    return set;
                });
            }
            // atoms: same team, same memberships, same waves entered by the reader
            List<Pop> order = new ArrayList<>(pops.keySet());
            Map<String, List<Person>> groups = new LinkedHashMap<>();
            for (Person p : people()) {
                StringBuilder key = new StringBuilder().append(p.team).append('|');
                for (int w = 0; w < cohort.waves.size(); w++) {
                    Response r = p.responses[w];
                    key.append(r != null && reader != null && reader.equals(r.importer()) ? 'K' : '-');
                }
                key.append('|');
                boolean any = false;
                for (int i = 0; i < order.size(); i++) {
                    if (pops.get(order.get(i)).get(p.index)) {
                        key.append(i).append(',');
                        any = true;
                    }
                }
                if (any) {
                    groups.computeIfAbsent(key.toString(), x -> new ArrayList<>()).add(p);
                }
            }
            // large atoms first, so that rows whose pivot is a small atom avoid every large one
            List<List<Person>> sorted = new ArrayList<>(groups.values());
            sorted.sort(Comparator.comparing((List<Person> g) -> g.size() < k).thenComparing(g -> -g.size()));
            atomOf = new int[n];
            Arrays.fill(atomOf, -1);
            for (List<Person> g : sorted) {
                Atom atom = new Atom(atoms.size(), List.copyOf(g));
                atoms.add(atom);
                g.forEach(p -> atomOf[p.index] = atom.index());
            }
        }

        /** One system of equations (unknowns that figures combine), solved. */
        final class SystemSolve {
            final String name;
            final List<Var> vars = new ArrayList<>();
            final Map<Var, Integer> varIndex = new HashMap<>();
            final List<Equation> inputs = new ArrayList<>();
            Echelon echelon;
            int width;

            SystemSolve(String name) {
                this.name = name;
            }

            int var(Var v) {
                return varIndex.computeIfAbsent(v, x -> {
                    vars.add(x);
                    return vars.size() - 1;
                });
            }

            int col(int atom, int var) {
                return atom * width + var;
            }

            int atomOfCol(int col) {
                return col / width;
            }

            Var varOfCol(int col) {
                return vars.get(col % width);
            }

            void solve(boolean track) {
                inputs.forEach(e -> e.measure().keySet().forEach(this::var));
                width = Math.max(1, vars.size());
                echelon = new Echelon(track);
                for (int q = 0; q < inputs.size(); q++) {
                    Equation e = inputs.get(q);
                    Row row = row(e);
                    try {
                        echelon.add(row.cols, row.vals, row.rhs, q);
                    } catch (Echelon.Inconsistent x) {
                        modelErrors.add("[" + name + "] the figures contradict the intruder's equations (" + labels.get(e.figure())
                                + ", " + e.what() + ")");
                    }
                }
                echelon.finish();
            }

            record Row(int[] cols, BigInteger[] vals, BigInteger rhs) {
            }

            Row row(Equation e) {
                TreeMap<Integer, BigInteger> entries = new TreeMap<>();
                BigInteger rhs = e.value();
                BitSet members = pops.get(e.pop());
                Set<Integer> seen = new LinkedHashSet<>();
                for (int p = members.nextSetBit(0); p >= 0; p = members.nextSetBit(p + 1)) {
                    Person person = people().get(p);
                    for (Map.Entry<Var, BigInteger> m : e.measure().entrySet()) {
                        if (known(reader, person, m.getKey())) {
                            rhs = rhs.subtract(m.getValue().multiply(truth(person, m.getKey())));
                        } else if (seen.add(atomOf[p] * 100_000 + var(m.getKey()))) {
                            entries.merge(col(atomOf[p], var(m.getKey())), m.getValue(), BigInteger::add);
                        }
                    }
                }
                entries.values().removeIf(v -> v.signum() == 0);
                return new Row(entries.keySet().stream().mapToInt(Integer::intValue).toArray(),
                        entries.values().toArray(BigInteger[]::new), rhs);
            }

            /**
             * What the figures say Σ over the atoms' people of the measure is: unknowns the reader entered
             * count with their values, the rest must be in the row space. Null when it is not derivable or
             * when the reader entered all of it.
             */
            Echelon.@Nullable Derivation derive(List<Integer> atomList, Map<Var, BigInteger> measure) {
                Map<Integer, BigInteger> weights = new LinkedHashMap<>();
                atomList.forEach(a -> weights.put(a, BigInteger.ONE));
                return derive(weights, measure);
            }

            /** As {@link #derive(List, Map)}, for Σ over atoms a of weights[a] × (the atom's sum of the measure). */
            Echelon.@Nullable Derivation derive(Map<Integer, BigInteger> weights, Map<Var, BigInteger> measure) {
                TreeMap<Integer, BigInteger> entries = new TreeMap<>();
                BigInteger constant = BigInteger.ZERO;
                for (Map.Entry<Integer, BigInteger> w : weights.entrySet()) {
                    int a = w.getKey();
                    Atom atom = atoms.get(a);
                    for (Map.Entry<Var, BigInteger> m : measure.entrySet()) {
                        BigInteger c = m.getValue().multiply(w.getValue());
                        if (known(reader, atom.members().getFirst(), m.getKey())) {
                            for (Person p : atom.members()) {
                                constant = constant.add(c.multiply(truth(p, m.getKey())));
                            }
                            continue;
                        }
                        Integer v = varIndex.get(m.getKey());
                        if (v == null) {
                            return null; // no figure speaks of this unknown at all
                        }
                        entries.merge(col(a, v), c, BigInteger::add);
                    }
                }
                entries.values().removeIf(x -> x.signum() == 0);
                if (entries.isEmpty()) {
                    return null;
                }
                Echelon.Derivation d = echelon.derive(entries.keySet().stream().mapToInt(Integer::intValue).toArray(),
                        entries.values().toArray(BigInteger[]::new));
                return d == null ? null : new Echelon.Derivation(d.value().add(Fraction.of(constant, BigInteger.ONE)), d.origin(), d.scale());
            }

            /** Explains a derivation: which figures, with which coefficients. */
            String explain(List<Integer> atomList, Map<Var, BigInteger> measure) {
                if (explained++ >= 12) {
                    return "";
                }
                SystemSolve traced = new SystemSolve(name);
                traced.inputs.addAll(inputs);
                traced.solve(true);
                Echelon.Derivation d = traced.derive(atomList, measure);
                if (d == null || d.origin() == null) {
                    return "";
                }
                StringBuilder s = new StringBuilder("(");
                int shown = 0;
                for (Map.Entry<Integer, BigInteger> e : d.origin().entrySet()) {
                    if (shown++ == 14) {
                        s.append(" … ").append(d.origin().size() - 14).append(" more");
                        break;
                    }
                    Equation in = inputs.get(e.getKey());
                    s.append(shown == 1 ? "" : " ").append(e.getValue().signum() < 0 ? "− " : shown == 1 ? "" : "+ ")
                            .append(e.getValue().abs().equals(BigInteger.ONE) ? "" : e.getValue().abs() + "·")
                            .append('[').append(labels.get(in.figure())).append(": ").append(in.what()).append(" = ")
                            .append(in.value()).append(']');
                }
                s.append(")").append(d.scale().equals(BigInteger.ONE) ? "" : " / " + d.scale());
                return s.toString();
            }
        }

        List<Finding> run() {
            for (Equation e : eqs) {
                systems.computeIfAbsent(e.system(), SystemSolve::new).inputs.add(e);
            }
            for (SystemSolve s : systems.values()) {
                s.solve(false);
            }
            for (SystemSolve s : systems.values()) {
                smallRows(s);
            }
            personalTargets();
            derivedPopulations();
            return findings;
        }

        private List<String> codes(java.util.Collection<Integer> atomList) {
            List<String> codes = new ArrayList<>();
            for (int a : atomList) {
                for (Person p : atoms.get(a).members()) {
                    codes.add(p.code);
                }
            }
            return codes;
        }

        private void report(Finding f) {
            if (reported.add(f.type() + "|" + f.system() + "|" + f.what() + "|" + f.people())) {
                findings.add(f);
            }
        }

        /** Rows of the reduced echelon form that are about 1 to k − 1 people. */
        private void smallRows(SystemSolve s) {
            for (Echelon.Row row : s.echelon.rows()) {
                Set<Integer> touched = new LinkedHashSet<>();
                for (int c : row.cols) {
                    touched.add(s.atomOfCol(c));
                }
                int weight = touched.stream().mapToInt(a -> atoms.get(a).weight()).sum();
                if (weight == 0 || weight >= k) {
                    continue;
                }
                // the combination, in words, with the truth of the same combination
                StringBuilder what = new StringBuilder();
                BigInteger truth = BigInteger.ZERO;
                for (int j = 0; j < row.cols.length; j++) {
                    Atom atom = atoms.get(s.atomOfCol(row.cols[j]));
                    Var v = s.varOfCol(row.cols[j]);
                    what.append(j == 0 ? "" : " + ").append(row.vals[j]).append("·").append(describe(v)).append(" of ")
                            .append(atom.members());
                    for (Person p : atom.members()) {
                        truth = truth.add(row.vals[j].multiply(truth(p, v)));
                    }
                }
                Map<Var, BigInteger> measure = new LinkedHashMap<>();
                List<Integer> atomList = new ArrayList<>(touched);
                String how = "";
                if (touched.size() == 1 && !s.name.startsWith("count:")) {
                    for (int j = 0; j < row.cols.length; j++) {
                        measure.merge(s.varOfCol(row.cols[j]), row.vals[j], BigInteger::add);
                    }
                    how = s.explain(atomList, measure);
                }
                Type type = weight == 1 && row.cols.length == 1 && !s.name.startsWith("count:") ? Type.DETERMINED : Type.FEW;
                report(new Finding(type, s.name, what + " (about " + weight + " " + (weight == 1 ? "person" : "people") + ")",
                        codes(touched), row.rhs.toString(), truth.toString(), how));
            }
        }

        /** Each person's answers, scores, changes, bands and right answers, one by one. */
        private void personalTargets() {
            SystemSolve answers = systems.get(ANSWERS);
            SystemSolve squares = systems.get(SQUARES);
            SystemSolve knowledge = systems.get(KNOWLEDGE);
            SystemSolve moves = systems.get(MOVES);
            Set<List<Integer>> pairs = new LinkedHashSet<>();
            for (Snapshot s : cohort.releases) {
                pairs.add(List.of(s.before(), s.after()));
            }
            for (Atom atom : atoms) {
                if (atom.weight() != 1) {
                    continue;
                }
                List<Integer> one = List.of(atom.index());
                Person p = atom.members().getFirst();
                for (int w = 0; w < cohort.waves.size(); w++) {
                    if (p.responses[w] == null) {
                        continue;
                    }
                    for (int i = 0; i < cohort.likert.size(); i++) {
                        if (p.responses[w].answered(i)) {
                            target(answers, one, p, measure(new Var(VarType.X, i, w, -1, 0), 1), "answer to " + cohort.likert.get(i).key()
                                    + " at " + cohort.waves.get(w));
                            target(squares, one, p, measure(new Var(VarType.A, i, w, -1, 0), 1), "square of the answer to "
                                    + cohort.likert.get(i).key() + " at " + cohort.waves.get(w));
                        }
                    }
                    for (int f = 0; f < cohort.families.size(); f++) {
                        if (complete(p, w, cohort.families.get(f).items()) && cohort.families.get(f).items().length > 1) {
                            target(answers, one, p, sum(cohort.families.get(f).items(), w), "item sum of " + cohort.families.get(f).key()
                                    + " at " + cohort.waves.get(w));
                            target(squares, one, p, square(f, w), "squared item sum of " + cohort.families.get(f).key()
                                    + " at " + cohort.waves.get(w));
                        }
                    }
                    for (int c = 0; c < cohort.choice.size(); c++) {
                        if (p.responses[w].choice()[c] >= 0) {
                            target(knowledge, one, p, measure(new Var(VarType.Y, c, w, -1, 0), 1), "right answer to "
                                    + cohort.choice.get(c).key() + " at " + cohort.waves.get(w));
                        }
                    }
                }
                for (List<Integer> pair : pairs) {
                    int b = pair.get(0);
                    int a = pair.get(1);
                    if (p.responses[b] == null || p.responses[a] == null) {
                        continue;
                    }
                    for (int i = 0; i < cohort.likert.size(); i++) {
                        if (p.responses[b].answered(i) && p.responses[a].answered(i)) {
                            String item = cohort.likert.get(i).key();
                            target(answers, one, p, measure(new Var(VarType.X, i, a, -1, 0), 1, new Var(VarType.X, i, b, -1, 0), -1),
                                    "change in " + item);
                            target(squares, one, p, measure(new Var(VarType.A, i, a, -1, 0), 1, new Var(VarType.A, i, b, -1, 0), 1,
                                    new Var(VarType.E, i, b, a, 0), -2), "squared change in " + item);
                            for (int band = 0; band < 4; band++) {
                                target(moves, one, p, measure(new Var(VarType.Z, i, b, a, band), 1), "band " + band + " of the change in " + item);
                            }
                        }
                    }
                    for (int f = 0; f < cohort.families.size(); f++) {
                        int[] items = cohort.families.get(f).items();
                        if (complete(p, b, items) && complete(p, a, items) && items.length > 1) {
                            Map<Var, BigInteger> change = sum(items, a);
                            sum(items, b).forEach((v, c) -> add(change, v, -c.longValue()));
                            target(answers, one, p, change, "change in the item sum of " + cohort.families.get(f).key());
                            target(moves, one, p, measure(new Var(VarType.NZ, f, b, a, 0), 1), "whether the item sum of "
                                    + cohort.families.get(f).key() + " changed");
                            target(squares, one, p, changeSquare(f, b, a), "squared change in the item sum of " + cohort.families.get(f).key());
                        }
                    }
                    if (complete(p, b, allItems()) && complete(p, a, allItems())) {
                        Map<Var, BigInteger> change = sum(allItems(), a);
                        sum(allItems(), b).forEach((v, c) -> add(change, v, -c.longValue()));
                        target(answers, one, p, change, "change in the sum of every question");
                        target(moves, one, p, measure(new Var(VarType.NZ, -1, b, a, 0), 1), "whether the sum of every question changed");
                        target(squares, one, p, allChangeSquare(b, a), "squared change in the sum of every question");
                    }
                }
            }
        }

        private void target(@Nullable SystemSolve s, List<Integer> one, Person p, Map<Var, BigInteger> measure, String what) {
            if (s == null) {
                return;
            }
            for (Var v : measure.keySet()) {
                if (known(reader, p, v)) {
                    return; // the reader entered it: not a disclosure to them
                }
            }
            Echelon.Derivation d = s.derive(one, measure);
            if (d == null) {
                return;
            }
            BigInteger truth = BigInteger.ZERO;
            for (Map.Entry<Var, BigInteger> m : measure.entrySet()) {
                truth = truth.add(m.getValue().multiply(truth(p, m.getKey())));
            }
            report(new Finding(Type.DETERMINED, s.name, what + " of " + p.code, List.of(p.code), d.value().toString(), truth.toString(),
                    s.explain(one, measure)));
        }

        // --- derivable populations ----------------------------------------------------------------------

        /** A measure over a kind of population: its sum (and sum of squares) per person, its range. */
        /**
         * A measure: per person a linear combination of unknowns (and its square), and the values at which a group's sum
         * shows everyone alike ({@code min}·n or {@code max}·n: the ends of the scale, all right or all wrong, all in one band).
         */
        private record Measure(String name, String system, Map<Var, BigInteger> linear, @Nullable Map<Var, BigInteger> quadratic,
                               long min, long max, boolean question) {
        }

        private void derivedPopulations() {
            int lo = cohort.survey.scale().min();
            int hi = cohort.survey.scale().max();
            // group the populations that the same measures are shown over
            Map<String, List<Pop>> universes = new LinkedHashMap<>();
            Map<String, List<Measure>> measures = new LinkedHashMap<>();
            for (Pop pop : pops.keySet()) {
                Snapshot s = cohort.releases.get(pop.release());
                switch (pop.kind()) {
                    case WAVE, DROPOUT, UNLINKED_ALL -> {
                        String u = "theme " + pop.family() + " at " + pop.wave();
                        universes.computeIfAbsent(u, x -> new ArrayList<>()).add(pop);
                        measures.computeIfAbsent(u, x -> waveMeasures(pop.family(), pop.wave(), lo, hi));
                    }
                    case PAIRS -> {
                        for (int w : List.of(s.before(), s.after())) {
                            String u = "theme " + pop.family() + " at " + w;
                            universes.computeIfAbsent(u, x -> new ArrayList<>()).add(pop);
                            measures.computeIfAbsent(u, x -> waveMeasures(pop.family(), w, lo, hi));
                        }
                        String u = "change " + pop.family() + " " + s.before() + " " + s.after();
                        universes.computeIfAbsent(u, x -> new ArrayList<>()).add(pop);
                        measures.computeIfAbsent(u, x -> changeMeasures(pop.family(), s.before(), s.after(), lo, hi));
                    }
                    case LEARN -> {
                        String u = pop.family() < 0 ? "all change " + s.before() + " " + s.after()
                                : "change " + pop.family() + " " + s.before() + " " + s.after();
                        universes.computeIfAbsent(u, x -> new ArrayList<>()).add(pop);
                        measures.computeIfAbsent(u, x -> pop.family() < 0 ? allMeasures(s.before(), s.after(), lo, hi)
                                : changeMeasures(pop.family(), s.before(), s.after(), lo, hi));
                        for (int w : List.of(s.before(), s.after())) {
                            String at = pop.family() < 0 ? "all at " + w : "theme " + pop.family() + " at " + w;
                            universes.computeIfAbsent(at, x -> new ArrayList<>()).add(pop);
                            measures.computeIfAbsent(at, x -> pop.family() < 0 ? List.of(new Measure("sums of every question at "
                                    + cohort.waves.get(w), ANSWERS, sum(allItems(), w), null, (long) lo * allItems().length,
                                    (long) hi * allItems().length, false)) : waveMeasures(pop.family(), w, lo, hi));
                        }
                    }
                    case CHOICE -> {
                        String u = "choice " + pop.family() + " at " + pop.wave();
                        universes.computeIfAbsent(u, x -> new ArrayList<>()).add(pop);
                        measures.computeIfAbsent(u, x -> List.of(new Measure("right answers to " + cohort.choice.get(pop.family()).key()
                                + " at " + cohort.waves.get(pop.wave()), KNOWLEDGE, measure(new Var(VarType.Y, pop.family(), pop.wave(), -1, 0), 1),
                                null, 0, 1, false)));
                    }
                    default -> {
                        String u = "count " + countKey(pop);
                        universes.computeIfAbsent(u, x -> new ArrayList<>()).add(pop);
                        measures.computeIfAbsent(u, x -> List.of());
                    }
                }
            }
            for (Map.Entry<String, List<Pop>> u : universes.entrySet()) {
                Set<String> counts = new LinkedHashSet<>();
                for (Pop p : u.getValue()) {
                    String c = countSystemOf(p);
                    if (c != null) {
                        counts.add(c);
                    }
                }
                checkUniverse(u.getValue(), measures.get(u.getKey()), counts);
                exhaustive(u.getKey(), u.getValue(), measures.get(u.getKey()), counts);
            }
        }

        /**
         * Every set of fewer than k people that some combination of the universe's populations is about
         * ({@link SmallSupport}), each confirmed exactly and then tried against the real equations of every
         * measure shown over those populations.
         */
        private void exhaustive(String universe, List<Pop> shown, List<Measure> measureList, Set<String> countSystems) {
            Set<Integer> waves = new java.util.TreeSet<>();
            for (Pop p : shown) {
                Snapshot s = cohort.releases.get(p.release());
                switch (p.kind()) {
                    case PAIRS, LEARN, MATCHED -> {
                        waves.add(s.before());
                        waves.add(s.after());
                    }
                    default -> waves.add(p.wave());
                }
            }
            Map<Integer, Integer> column = new LinkedHashMap<>();
            List<Integer> atomAt = new ArrayList<>();
            List<BitSet> rows = new ArrayList<>();
            Set<BitSet> distinct = new LinkedHashSet<>();
            for (Pop p : shown) {
                distinct.add(pops.get(p));
            }
            for (BitSet members : distinct) {
                BitSet row = new BitSet();
                for (int q = members.nextSetBit(0); q >= 0; q = members.nextSetBit(q + 1)) {
                    Person person = people().get(q);
                    boolean entered = reader != null && waves.stream().allMatch(w -> person.responses[w] != null
                            && reader.equals(person.responses[w].importer()));
                    if (entered) {
                        continue; // the reader entered all of this person's answers here
                    }
                    int a = atomOf[q];
                    Integer c = column.get(a);
                    if (c == null) {
                        c = atomAt.size();
                        column.put(a, c);
                        atomAt.add(a);
                    }
                    row.set(c);
                }
                if (!row.isEmpty()) {
                    rows.add(row);
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            int[] weights = atomAt.stream().mapToInt(a -> atoms.get(a).weight()).toArray();
            sameAnswers(universe, shown, column, atomAt, measureList);
            SmallSupport.Result result = SmallSupport.find(rows, weights, k, SEARCH_BUDGET, new java.util.Random(universe.hashCode()));
            searched += result.visited();
            if (!result.complete()) {
                undecided.add(universe + ": more than " + SEARCH_BUDGET + " sets of fewer than " + k + " people to try");
            }
            for (int[] z : result.candidates()) {
                Map<Integer, BigInteger> combination = exactly(rows, atomAt.size(), z);
                if (combination == null) {
                    continue; // the projection's coincidence, not a dependency
                }
                Map<Integer, BigInteger> byAtom = new LinkedHashMap<>();
                combination.forEach((c, v) -> byAtom.put(atomAt.get(c), v));
                List<String> codes = codes(byAtom.keySet());
                int size = byAtom.keySet().stream().mapToInt(a -> atoms.get(a).weight()).sum();
                for (Measure m : measureList) {
                    SystemSolve s = systems.get(m.system());
                    Echelon.Derivation d = s == null ? null : s.derive(byAtom, m.linear());
                    if (d != null) {
                        report(new Finding(Type.FEW, s.name, "a combination of " + m.name() + " over " + size + " "
                                + (size == 1 ? "person" : "people") + " (" + weighted(byAtom) + ")", codes, d.value().toString(),
                                truthOf(byAtom, m.linear()).toString(), ""));
                    }
                }
                for (String cs : countSystems) {
                    SystemSolve s = systems.get(cs);
                    if (s == null || s.vars.size() != 1) {
                        continue;
                    }
                    Echelon.Derivation d = s.derive(byAtom, measure(s.vars.getFirst(), 1));
                    if (d != null) {
                        report(new Finding(Type.FEW, s.name, "a combination of counts over " + size + " "
                                + (size == 1 ? "person" : "people") + " (" + weighted(byAtom) + ")", codes, d.value().toString(),
                                truthOf(byAtom, measure(s.vars.getFirst(), 1)).toString(), ""));
                    }
                }
            }
        }

        /**
         * The group rule over combinations: no combination of the universe's shown populations may touch
         * only people who all gave the same value of a measure (one answer, one theme score, one change, all
         * right, all wrong, one band). This one reads the truth to know who is alike, as the rule does; a
         * finding is reported with what the figures give for it.
         */
        private void sameAnswers(String universe, List<Pop> shown, Map<Integer, Integer> column, List<Integer> atomAt,
                                 List<Measure> measureList) {
            for (Measure m : measureList) {
                // only the populations whose figures carry this measure: the learning link shows scores, not questions
                boolean question = m.question();
                List<BitSet> rows = new ArrayList<>();
                Set<BitSet> distinct = new LinkedHashSet<>();
                for (Pop p : shown) {
                    if (!(question && p.kind() == Kind.LEARN)) {
                        distinct.add(pops.get(p));
                    }
                }
                for (BitSet members : distinct) {
                    BitSet row = new BitSet();
                    for (int q = members.nextSetBit(0); q >= 0; q = members.nextSetBit(q + 1)) {
                        Integer c = column.get(atomOf[q]);
                        if (c != null) {
                            row.set(c);
                        }
                    }
                    if (!row.isEmpty()) {
                        rows.add(row);
                    }
                }
                // each column's value of the measure, when every person of the atom has it and has the same
                Map<BigInteger, List<Integer>> classes = new LinkedHashMap<>();
                for (int c = 0; c < atomAt.size(); c++) {
                    BigInteger value = null;
                    boolean same = true;
                    for (Person p : atoms.get(atomAt.get(c)).members()) {
                        BigInteger v = BigInteger.ZERO;
                        for (Map.Entry<Var, BigInteger> e : m.linear().entrySet()) {
                            if (!defined(p, e.getKey())) {
                                v = null;
                                break;
                            }
                            v = v.add(e.getValue().multiply(truth(p, e.getKey())));
                        }
                        if (v == null || value != null && !value.equals(v)) {
                            same = false;
                            break;
                        }
                        value = v;
                    }
                    if (same && value != null) {
                        classes.computeIfAbsent(value, x -> new ArrayList<>()).add(c);
                    }
                }
                for (Map.Entry<BigInteger, List<Integer>> cls : classes.entrySet()) {
                    if (m.quadratic() == null && cls.getKey().longValue() != m.min() && cls.getKey().longValue() != m.max()) {
                        continue; // for a category, only everyone in it (or everyone right, or wrong) is alike
                    }
                    int weight = cls.getValue().stream().mapToInt(c -> atoms.get(atomAt.get(c)).weight()).sum();
                    if (weight < k) {
                        continue; // fewer than k: the small-set search's business
                    }
                    Map<Integer, BigInteger> combination = exactly(rows, atomAt.size(),
                            cls.getValue().stream().mapToInt(Integer::intValue).toArray());
                    if (combination == null) {
                        continue;
                    }
                    Map<Integer, BigInteger> byAtom = new LinkedHashMap<>();
                    combination.forEach((c, v) -> byAtom.put(atomAt.get(c), v));
                    SystemSolve s = systems.get(m.system());
                    Echelon.Derivation d = s == null ? null : s.derive(byAtom, m.linear());
                    if (d == null) {
                        continue; // the populations allow it, the figures do not give it
                    }
                    int size = byAtom.keySet().stream().mapToInt(a -> atoms.get(a).weight()).sum();
                    report(new Finding(Type.ALIKE, m.system(), "a combination of shown figures (" + universe + ") touches only "
                            + size + " people, whose " + m.name() + " is " + cls.getKey() + " for everyone (" + weighted(byAtom) + ")",
                            codes(byAtom.keySet()), d.value().toString(), truthOf(byAtom, m.linear()).toString(), ""));
                }
            }
        }

        private String weighted(Map<Integer, BigInteger> byAtom) {
            StringBuilder s = new StringBuilder();
            byAtom.forEach((a, v) -> s.append(s.isEmpty() ? "" : ", ").append(v).append("×").append(atoms.get(a).members()));
            return s.toString();
        }

        private BigInteger truthOf(Map<Integer, BigInteger> byAtom, Map<Var, BigInteger> measure) {
            BigInteger t = BigInteger.ZERO;
            for (Map.Entry<Integer, BigInteger> e : byAtom.entrySet()) {
                for (Person p : atoms.get(e.getKey()).members()) {
                    for (Map.Entry<Var, BigInteger> m : measure.entrySet()) {
                        t = t.add(e.getValue().multiply(m.getValue()).multiply(truth(p, m.getKey())));
                    }
                }
            }
            return t;
        }

        /** Exactly: a non-zero combination of the rows supported on the columns {@code z}, or null when there is none. */
        private @Nullable Map<Integer, BigInteger> exactly(List<BitSet> rows, int width, int[] z) {
            Set<Integer> inside = new java.util.HashSet<>();
            for (int c : z) {
                inside.add(c);
            }
            // columns outside z first: a reduced row whose pivot is inside z is zero everywhere outside it
            int[] index = new int[width];
            int next = 0;
            for (int c = 0; c < width; c++) {
                if (!inside.contains(c)) {
                    index[c] = next++;
                }
            }
            int firstInside = next;
            for (int c = 0; c < width; c++) {
                if (inside.contains(c)) {
                    index[c] = next++;
                }
            }
            int[] back = new int[width];
            for (int c = 0; c < width; c++) {
                back[index[c]] = c;
            }
            Echelon e = new Echelon(false);
            for (BitSet row : rows) {
                int[] cols = row.stream().map(c -> index[c]).sorted().toArray();
                BigInteger[] vals = new BigInteger[cols.length];
                Arrays.fill(vals, BigInteger.ONE);
                e.add(cols, vals, BigInteger.ZERO, 0);
            }
            e.finish();
            for (Echelon.Row r : e.rows()) {
                if (r.pivot() >= firstInside) {
                    Map<Integer, BigInteger> v = new LinkedHashMap<>();
                    for (int j = 0; j < r.cols.length; j++) {
                        v.put(back[r.cols[j]], r.vals[j]);
                    }
                    return v;
                }
            }
            return null;
        }

        private String countKey(Pop pop) {
            return pop.kind() + " " + pop.family() + " " + pop.wave();
        }

        private List<Measure> waveMeasures(int family, int w, int lo, int hi) {
            List<Measure> list = new ArrayList<>();
            int[] items = cohort.families.get(family).items();
            String wave = cohort.waves.get(w);
            for (int i : items) {
                list.add(new Measure("answers to " + cohort.likert.get(i).key() + " at " + wave, ANSWERS,
                        measure(new Var(VarType.X, i, w, -1, 0), 1), measure(new Var(VarType.A, i, w, -1, 0), 1), lo, hi, true));
            }
            if (items.length > 1) {
                list.add(new Measure("item sums of " + cohort.families.get(family).key() + " at " + wave, ANSWERS, sum(items, w),
                        square(family, w), (long) lo * items.length, (long) hi * items.length, false));
            }
            return list;
        }

        private List<Measure> changeMeasures(int family, int b, int a, int lo, int hi) {
            List<Measure> list = new ArrayList<>();
            int[] items = cohort.families.get(family).items();
            for (int i : items) {
                String key = cohort.likert.get(i).key();
                list.add(new Measure("changes in " + key, ANSWERS,
                        measure(new Var(VarType.X, i, a, -1, 0), 1, new Var(VarType.X, i, b, -1, 0), -1),
                        measure(new Var(VarType.A, i, a, -1, 0), 1, new Var(VarType.A, i, b, -1, 0), 1, new Var(VarType.E, i, b, a, 0), -2),
                        lo - hi, hi - lo, true));
                Map<Var, BigInteger> notTop = new LinkedHashMap<>();
                for (int band = 0; band < 4; band++) {
                    // everyone in band k: the count is n (−1·n is impossible)
                    list.add(new Measure("band " + band + " of the changes in " + key, MOVES, measure(new Var(VarType.Z, i, b, a, band), 1),
                            null, -1, 1, true));
                    add(notTop, new Var(VarType.Z, i, b, a, band), 1);
                }
                // everyone up by 2 or more: nobody in the other bands (2·n is impossible)
                list.add(new Measure("band 4 of the changes in " + key + " (people not in it)", MOVES, notTop, null, 0, 2, true));
            }
            if (items.length > 1) {
                Map<Var, BigInteger> change = sum(items, a);
                sum(items, b).forEach((v, c) -> add(change, v, -c.longValue()));
                list.add(new Measure("changes in the item sum of " + cohort.families.get(family).key(), ANSWERS, change,
                        changeSquare(family, b, a), (long) (lo - hi) * items.length, (long) (hi - lo) * items.length, false));
            }
            // everyone's score unchanged: no change that is not 0 (2·n is impossible)
            list.add(new Measure("changes in the item sum of " + cohort.families.get(family).key() + " that are not 0", MOVES,
                    measure(new Var(VarType.NZ, family, b, a, 0), 1), null, 0, 2, false));
            return list;
        }

        private List<Measure> allMeasures(int b, int a, int lo, int hi) {
            int[] items = allItems();
            Map<Var, BigInteger> change = sum(items, a);
            sum(items, b).forEach((v, c) -> add(change, v, -c.longValue()));
            return List.of(new Measure("changes in the sum of every question", ANSWERS, change, allChangeSquare(b, a),
                    (long) (lo - hi) * items.length, (long) (hi - lo) * items.length, false),
                    new Measure("changes in the sum of every question that are not 0", MOVES, measure(new Var(VarType.NZ, -1, b, a, 0), 1),
                            null, 0, 2, false));
        }

        /** Candidate groups: the shown populations, nested differences, and all teams minus the shown teams. */
        private void checkUniverse(List<Pop> shown, List<Measure> measureList, Set<String> countSystems) {
            Map<BitSet, String> candidates = new LinkedHashMap<>();
            for (Pop p : shown) {
                candidates.putIfAbsent(pops.get(p), name(p));
            }
            // all teams minus the teams shown, per release and kind
            Map<Pop, List<Pop>> byTotal = new LinkedHashMap<>();
            for (Pop p : shown) {
                if (p.team() < 0) {
                    byTotal.put(p, new ArrayList<>());
                }
            }
            for (Pop p : shown) {
                if (p.team() >= 0) {
                    Pop total = new Pop(p.release(), -1, p.kind(), p.family(), p.wave(), p.group());
                    if (byTotal.containsKey(total)) {
                        byTotal.get(total).add(p);
                    }
                }
            }
            for (Map.Entry<Pop, List<Pop>> e : byTotal.entrySet()) {
                BitSet rest = (BitSet) pops.get(e.getKey()).clone();
                StringBuilder name = new StringBuilder(name(e.getKey()));
                for (Pop t : e.getValue()) {
                    rest.andNot(pops.get(t));
                    name.append(" − ").append(cohort.teams.get(t.team()));
                }
                candidates.putIfAbsent(rest, name.toString());
            }
            // nested differences, twice
            for (int round = 0; round < 2; round++) {
                List<Map.Entry<BitSet, String>> list = new ArrayList<>(candidates.entrySet());
                if (list.size() > 400) {
                    break;
                }
                for (Map.Entry<BitSet, String> big : list) {
                    for (Map.Entry<BitSet, String> small : list) {
                        BitSet x = big.getKey();
                        BitSet y = small.getKey();
                        if (x == y || y.isEmpty() || y.cardinality() >= x.cardinality()) {
                            continue;
                        }
                        BitSet inside = (BitSet) y.clone();
                        inside.andNot(x);
                        if (!inside.isEmpty()) {
                            continue;
                        }
                        BitSet d = (BitSet) x.clone();
                        d.andNot(y);
                        candidates.putIfAbsent(d, "(" + big.getValue() + ") − (" + small.getValue() + ")");
                    }
                }
            }
            for (Map.Entry<BitSet, String> c : candidates.entrySet()) {
                check(c.getKey(), c.getValue(), measureList, countSystems);
            }
        }

        private String name(Pop p) {
            Snapshot s = cohort.releases.get(p.release());
            String scope = p.team() < 0 ? "all teams" : cohort.teams.get(p.team());
            String what = switch (p.kind()) {
                case WAVE -> cohort.families.get(p.family()).key() + " at " + cohort.waves.get(p.wave());
                case DROPOUT -> cohort.families.get(p.family()).key() + " drop-outs at " + cohort.waves.get(p.wave());
                case UNLINKED_ALL -> cohort.families.get(p.family()).key() + " at " + cohort.waves.get(p.wave()) + " with unlinked";
                case PAIRS -> cohort.families.get(p.family()).key() + " pairs";
                case LEARN -> "learning link " + (p.family() < 0 ? "all questions" : cohort.families.get(p.family()).key())
                        + (p.group() == 2 ? " completed" : " not completed");
                case CHOICE -> cohort.choice.get(p.family()).key() + " at " + cohort.waves.get(p.wave());
                case RESPONDED -> "responded " + cohort.waves.get(p.wave());
                case MATCHED -> "answered both";
                case WRITTEN -> "wrote " + cohort.text.get(p.family()).key() + " at " + cohort.waves.get(p.wave());
            };
            return "release " + s.version() + " (" + cohort.waves.get(s.before()) + "–" + cohort.waves.get(s.after()) + ") " + scope
                    + ": " + what;
        }

        private void check(BitSet group, String name, List<Measure> measureList, Set<String> countSystems) {
            if (group.isEmpty()) {
                return;
            }
            for (String cs : countSystems) {
                SystemSolve s = systems.get(cs);
                if (s == null || s.vars.size() != 1) {
                    continue;
                }
                Var one = s.vars.getFirst();
                List<Person> unknown = new ArrayList<>();
                for (int p = group.nextSetBit(0); p >= 0; p = group.nextSetBit(p + 1)) {
                    if (!known(reader, people().get(p), one)) {
                        unknown.add(people().get(p));
                    }
                }
                if (unknown.isEmpty() || unknown.size() >= k) {
                    continue;
                }
                Echelon.Derivation d = s.derive(atomsOf(unknown), measure(one, 1));
                if (d != null) {
                    report(new Finding(Type.FEW, s.name, "the number of people in " + name + " (" + unknown.size() + ")",
                            unknown.stream().map(p -> p.code).toList(), d.value().toString(), String.valueOf(unknown.size()), ""));
                }
            }
            for (Measure m : measureList) {
                SystemSolve s = systems.get(m.system());
                if (s == null) {
                    continue;
                }
                List<Person> unknown = new ArrayList<>();
                boolean applies = true;
                for (int p = group.nextSetBit(0); p >= 0 && applies; p = group.nextSetBit(p + 1)) {
                    Person person = people().get(p);
                    boolean allKnown = true;
                    for (Var v : m.linear().keySet()) {
                        applies &= defined(person, v);
                        allKnown &= known(reader, person, v);
                    }
                    if (!allKnown) {
                        unknown.add(person);
                    }
                }
                int size = unknown.size();
                if (!applies || size == 0) {
                    continue; // the measure is not about everyone in the group, or the reader entered all of it
                }
                // the truth decides nothing here: a derivation, when there is one, equals the truth, so only
                // groups that truly are alike (or small) can give a finding, and the others need no algebra
                List<BigInteger> values = new ArrayList<>();
                for (Person p : unknown) {
                    BigInteger v = BigInteger.ZERO;
                    for (Map.Entry<Var, BigInteger> e : m.linear().entrySet()) {
                        v = v.add(e.getValue().multiply(truth(p, e.getKey())));
                    }
                    values.add(v);
                }
                boolean alike = values.stream().distinct().count() == 1;
                if (size >= k && !alike) {
                    continue;
                }
                List<Integer> atomList = atomsOf(unknown);
                Echelon.Derivation sum = s.derive(atomList, m.linear());
                if (sum == null) {
                    continue;
                }
                List<String> codes = unknown.stream().map(p -> p.code).toList();
                String truthText = values.size() <= 12 ? values.toString() : "all " + values.getFirst();
                if (size < k) {
                    report(new Finding(Type.FEW, s.name, "sum of " + m.name() + " over " + name + " (" + size + " "
                            + (size == 1 ? "person" : "people") + ")", codes, sum.value().toString(),
                            values.stream().reduce(BigInteger.ZERO, BigInteger::add) + " = sum of " + truthText, s.explain(atomList, m.linear())));
                    continue;
                }
                Fraction each = sum.value().divide(Fraction.of(size));
                boolean extreme = sum.value().compareTo(Fraction.of(m.min() * size)) == 0 || sum.value().compareTo(Fraction.of(m.max() * size)) == 0;
                boolean flat = false;
                if (!extreme && m.quadratic() != null) {
                    SystemSolve q = systems.get(SQUARES);
                    Echelon.Derivation squares = q == null ? null : q.derive(atomList, m.quadratic());
                    if (squares != null) {
                        // n·Σx² − (Σx)² = 0 exactly: no spread
                        flat = squares.value().multiply(Fraction.of(size)).compareTo(sum.value().multiply(sum.value())) == 0;
                    }
                }
                if (extreme || flat) {
                    report(new Finding(Type.ALIKE, s.name, m.name() + " over " + name + " (" + size + " people): "
                            + (extreme ? "the sum shows everyone at one end" : "derived variance 0"), codes, "everyone " + each, truthText,
                            s.explain(atomList, m.linear())));
                }
            }
        }

        private List<Integer> atomsOf(List<Person> list) {
            Set<Integer> set = new java.util.TreeSet<>();
            list.forEach(p -> set.add(atomOf[p.index]));
            return new ArrayList<>(set);
        }

        private @Nullable String countSystemOf(Pop pop) {
            return switch (pop.kind()) {
                case RESPONDED, MATCHED, CHOICE, WRITTEN, LEARN -> count(0, pop, 0).system();
                default -> null;
            };
        }

        private boolean defined(Person p, Var v) {
            if (v.w1() >= 0 && p.responses[v.w1()] == null || v.w2() >= 0 && p.responses[v.w2()] == null) {
                return false;
            }
            return switch (v.type()) {
                case X, A -> p.responses[v.w1()].answered(v.i());
                case E, Z -> p.responses[v.w1()].answered(v.i()) && p.responses[v.w2()].answered(v.i());
                case Y -> p.responses[v.w1()].choice()[v.i()] >= 0;
                case NZ -> complete(p, v.w1(), items(v.i())) && complete(p, v.w2(), items(v.i()));
                default -> true;
            };
        }
    }

    private String describe(Var v) {
        String w1 = v.w1() >= 0 ? cohort.waves.get(v.w1()) : "";
        String w2 = v.w2() >= 0 ? cohort.waves.get(v.w2()) : "";
        return switch (v.type()) {
            case X -> cohort.likert.get(v.i()).key() + "@" + w1;
            case A -> cohort.likert.get(v.i()).key() + "²@" + w1;
            case C -> "crossproducts(" + cohort.families.get(v.i()).key() + ")@" + w1;
            case E -> cohort.likert.get(v.i()).key() + "@" + w1 + "·@" + w2;
            case G -> "crossproducts(" + cohort.families.get(v.i()).key() + ")@" + w1 + "·@" + w2;
            case H -> "crossproducts(themes)@" + w1 + "·@" + w2;
            case Y -> cohort.choice.get(v.i()).key() + " right@" + w1;
            case Z -> cohort.likert.get(v.i()).key() + " band " + v.band();
            case NZ -> (v.i() < 0 ? "every question" : cohort.families.get(v.i()).key()) + " changed";
            case ONE -> "counted";
        };
    }

    /** Checks that every equation holds for the truth: the intruder's reading of the documentation matches the app. */
    private void verify(List<Equation> eqs) {
        for (Equation e : eqs) {
            BigInteger lhs = BigInteger.ZERO;
            int count = 0;
            for (Person p : people()) {
                if (!member(e.pop(), p)) {
                    continue;
                }
                count++;
                for (Map.Entry<Var, BigInteger> m : e.measure().entrySet()) {
                    lhs = lhs.add(m.getValue().multiply(truth(p, m.getKey())));
                }
            }
            if (!lhs.equals(e.value())) {
                modelErrors.add(labels.get(e.figure()) + ": " + e.what() + " is " + e.value() + " but the documented population ("
                        + count + " people) gives " + lhs);
            }
        }
    }

    /** Attacks every figure seen, as {@code reader} (the user name whose imports it knows, or null). */
    Verdict attack(@Nullable String reader) {
        modelErrors.clear();
        List<Equation> eqs = equations();
        verify(eqs);
        Attack attack = new Attack(reader, eqs);
        List<Finding> found = modelErrors.isEmpty() ? attack.run() : List.of();
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((Finding f) -> !f.aboutAnswers()).thenComparing(Finding::type));
        return new Verdict(reader, figures.size(), eqs.size(), (int) people().stream().filter(p -> Arrays.stream(p.responses)
                .anyMatch(Objects::nonNull)).count(), List.copyOf(sorted), List.copyOf(modelErrors), attack.searched,
                List.copyOf(attack.undecided));
    }
}
