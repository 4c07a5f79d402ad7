package org.lantern.reports.privacy;

import org.lantern.reports.privacy.Cohort.Person;
import org.lantern.reports.privacy.Cohort.Snapshot;
import org.lantern.reports.privacy.Intruder.ChangeFigure;
import org.lantern.reports.privacy.Intruder.ChoiceFigure;
import org.lantern.reports.privacy.Intruder.CountFigure;
import org.lantern.reports.privacy.Intruder.Kind;
import org.lantern.reports.privacy.Intruder.Pop;
import org.lantern.reports.privacy.Intruder.WaveFigure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The positive control of every attack: the figures a release would show under a deliberately naive
 * rule, computed from the test's own data with the documented definitions. Fed to the same
 * {@link Intruder}, they must give the leak the attack is about, which shows that the attack would
 * catch the application if it applied that rule.
 */
final class NaiveRelease {

    /** Hide nothing but figures about 1 to k − 1 people, each on its own: the "old rule". */
    static BiPredicate<Pop, List<Person>> threshold(int k) {
        return (pop, people) -> people.isEmpty() || people.size() >= k;
    }

    private final Intruder intruder;
    private final Cohort cohort;

    NaiveRelease(Intruder intruder, Cohort cohort) {
        this.intruder = intruder;
        this.cohort = cohort;
    }

    /** Shows every figure of release {@code r} that {@code shown} allows. */
    void show(int r, BiPredicate<Pop, List<Person>> shown) {
        Snapshot s = cohort.releases.get(r);
        for (int team = -1; team < cohort.teams.size(); team++) {
            String scope = team < 0 ? "all teams" : cohort.teams.get(team);
            String tag = "naive release " + s.version() + ", " + scope + ", ";
            count(new Pop(r, team, Kind.RESPONDED, 0, s.before(), 0), shown, tag + "responded before");
            count(new Pop(r, team, Kind.RESPONDED, 0, s.after(), 0), shown, tag + "responded after");
            count(new Pop(r, team, Kind.MATCHED, 0, -1, 0), shown, tag + "responded to both");
            for (int f = 0; f < cohort.families.size(); f++) {
                int[] items = cohort.families.get(f).items();
                String key = cohort.families.get(f).key();
                for (int w : new int[]{s.before(), s.after()}) {
                    Pop pop = new Pop(r, team, Kind.WAVE, f, w, 0);
                    List<Person> people = members(pop);
                    if (!shown.test(pop, people) || people.isEmpty()) {
                        continue;
                    }
                    intruder.see(wave(pop, -1, items, w, people), tag + key + " at " + cohort.waves.get(w));
                    for (int i : items) {
                        intruder.see(wave(pop, i, new int[]{i}, w, people), tag + cohort.likert.get(i).key() + " at " + cohort.waves.get(w));
                    }
                }
                Pop pairs = new Pop(r, team, Kind.PAIRS, f, -1, 0);
                List<Person> people = members(pairs);
                if (shown.test(pairs, people) && !people.isEmpty()) {
                    intruder.see(change(pairs, -1, items, s, people), tag + key + " change");
                    for (int i : items) {
                        intruder.see(change(pairs, i, new int[]{i}, s, people), tag + cohort.likert.get(i).key() + " change");
                    }
                }
            }
            for (int c = 0; c < cohort.choice.size(); c++) {
                for (int w : new int[]{s.before(), s.after()}) {
                    Pop pop = new Pop(r, team, Kind.CHOICE, c, w, 0);
                    List<Person> people = members(pop);
                    if (shown.test(pop, people)) {
                        long right = people.stream().filter(p -> cohort.correct(p.responses[w], pop.family())).count();
                        intruder.see(new ChoiceFigure(pop, people.size(), people.isEmpty() ? null : 100.0 * right / people.size()),
                                tag + cohort.choice.get(c).key() + " at " + cohort.waves.get(w));
                    }
                }
            }
            for (int f = -1; f < cohort.families.size(); f++) {
                Pop done = new Pop(r, team, Kind.LEARN, f, -1, 2);
                Pop not = new Pop(r, team, Kind.LEARN, f, -1, 1);
                List<Person> a = members(done);
                List<Person> b = members(not);
                if (!shown.test(done, a) || !shown.test(not, b)) {
                    continue;
                }
                int[] items = f < 0 ? java.util.stream.IntStream.range(0, cohort.likert.size()).toArray() : cohort.families.get(f).items();
                String label = f < 0 ? "all questions" : cohort.families.get(f).key();
                if (f < 0) {
                    intruder.see(new CountFigure(done, a.size()), tag + "learning link: completed");
                    intruder.see(new CountFigure(not, b.size()), tag + "learning link: not completed");
                }
                if (!a.isEmpty() && !b.isEmpty()) {
                    intruder.see(change(done, -1, items, s, a), tag + "learning link " + label + ", completed");
                    intruder.see(change(not, -1, items, s, b), tag + "learning link " + label + ", not completed");
                }
            }
        }
    }

    private List<Person> members(Pop pop) {
        List<Person> list = new ArrayList<>();
        for (Person p : cohort.people) {
            if (intruder.member(pop, p)) {
                list.add(p);
            }
        }
        return list;
    }

    private void count(Pop pop, BiPredicate<Pop, List<Person>> shown, String label) {
        List<Person> people = members(pop);
        if (shown.test(pop, people)) {
            intruder.see(new CountFigure(pop, people.size()), label);
        }
    }

    private long sum(Person p, int[] items, int w) {
        long s = 0;
        for (int i : items) {
            s += cohort.scored(p.responses[w], i);
        }
        return s;
    }

    private WaveFigure wave(Pop pop, int item, int[] items, int w, List<Person> people) {
        double[] values = new double[people.size()];
        long[] sums = new long[people.size()];
        for (int j = 0; j < values.length; j++) {
            sums[j] = sum(people.get(j), items, w);
        }
        double[] stats = stats(sums, items.length);
        return new WaveFigure(pop, item, people.size(), stats[0], values.length < 2 ? null : stats[1]);
    }

    private ChangeFigure change(Pop pop, int item, int[] items, Snapshot s, List<Person> people) {
        int n = people.size();
        long[] before = new long[n];
        long[] after = new long[n];
        long[] change = new long[n];
        int[] bands = new int[5];
        for (int j = 0; j < n; j++) {
            before[j] = sum(people.get(j), items, s.before());
            after[j] = sum(people.get(j), items, s.after());
            change[j] = after[j] - before[j];
            bands[Intruder.band((int) change[j])]++;
        }
        double[] c = stats(change, items.length);
        double[] shares = null;
        if (item >= 0) {
            shares = new double[5];
            for (int x = 0; x < 5; x++) {
                shares[x] = 100.0 * bands[x] / n;
            }
        }
        int nonZero = (int) java.util.Arrays.stream(change).filter(x -> x != 0).count();
        return new ChangeFigure(pop, item, n, stats(before, items.length)[0], stats(after, items.length)[0], c[0], n < 2 ? null : c[1],
                shares, nonZero);
    }

    /** Mean and SD of sums / m, from exact integer sums. */
    private static double[] stats(long[] sums, int m) {
        int n = sums.length;
        long total = 0;
        long squares = 0;
        for (long v : sums) {
            total += v;
            squares += v * v;
        }
        double mean = (double) total / ((double) m * n);
        double sd = n < 2 ? 0 : Math.sqrt(Math.max(0, ((double) squares * n - (double) total * total) / ((double) n * (n - 1))) ) / m;
        return new double[]{mean, sd};
    }
}
