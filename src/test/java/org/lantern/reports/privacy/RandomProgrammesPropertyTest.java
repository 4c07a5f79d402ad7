package org.lantern.reports.privacy;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.reports.ReportException;
import org.lantern.reports.privacy.Cohort.Person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random programmes against the intruder: teams of 0 to 30 people, some missing a wave, some skipping
 * questions, a few answering identically, several evaluators importing, people answering in Lantern
 * with and without training, late paper imports between releases (second and third releases when the
 * application allows them), sometimes three waves released in two pairs. The intruder reads every
 * figure of every release and scope, as a reader who imported nothing and as each importing evaluator;
 * none may derive any person's answer, or any figure about 1 to k − 1 people.
 *
 * <p>Size: {@code -Dprivacy.programmes=N} (default 16, about 20 seconds on two cores), seed {@code -Dprivacy.seed=S}
 * (default: a new one each run, printed, so a failure can be replayed).
 */
@LanternTest
class RandomProgrammesPropertyTest extends AttackSupport {

    private static final String[] EVALUATORS = {"prop.eval.a", "prop.eval.b", "prop.eval.c"};

    @Test
    void noRandomProgrammeGivesAwayAnyonesAnswers() {
        int programmes = Integer.getInteger("privacy.programmes", 16);
        long seed = Long.getLong("privacy.seed", new Random().nextLong() & 0xffffffffL);
        System.out.println("[" + getClass().getSimpleName() + "] seed " + seed + " (-Dprivacy.seed=" + seed + "), " + programmes
                + " programmes");
        long started = System.nanoTime();
        Lab lab = lab();
        for (String e : EVALUATORS) {
            lab.evaluator(e);
        }
        Random random = new Random(seed);
        int figures = 0;
        int releasesMade = 0;
        int refusals = 0;
        int people = 0;
        List<String> failures = new ArrayList<>();
        stuck.clear();
        undecided.clear();
        for (int n = 0; n < programmes; n++) {
            Outcome o = programme(lab, random, seed, n);
            figures += o.figures;
            releasesMade += o.releases;
            refusals += o.refused;
            people += o.people;
            failures.addAll(o.failures);
        }
        System.out.printf("[%s] seed %d: %d programmes, %d people, %d releases (%d refused, %d of them as 'earlier releases reveal too "
                        + "much'), %d figures examined, %d searches cut short by their budget, %.1f s%n", getClass().getSimpleName(), seed,
                programmes, people, releasesMade, refusals, stuck.size(), figures, undecided.size(), (System.nanoTime() - started) / 1e9);
        undecided.forEach(u -> System.out.println("[" + getClass().getSimpleName() + "] search cut short: " + u));
        assertThat(failures).as("LEAK in random programmes (replay with -Dprivacy.seed=" + seed + ")").isEmpty();
    }

    /** Universes whose search for small sets hit its budget (not a finding: nothing was derived, but not every set was tried). */
    private final List<String> undecided = new ArrayList<>();

    /** Releases refused because the audit found earlier releases revealing too much (with k unchanged). */
    private final List<String> stuck = new ArrayList<>();

    private record Outcome(int figures, int releases, int refused, int people, List<String> failures) {
    }

    private Outcome programme(Lab lab, Random random, long seed, int n) {
        long started = System.nanoTime();
        String key = "attack-random-" + Long.toString(seed, 36) + "-" + n;
        int teamCount = 2 + random.nextInt(4);
        List<String> teams = new ArrayList<>();
        for (int t = 0; t < teamCount; t++) {
            teams.add("Random " + Long.toString(seed, 36) + " " + n + " team " + (char) ('A' + t));
        }
        int waves = random.nextInt(5) == 0 ? 3 : 2;
        Cohort c = lab.programme(key, teams, waves);
        int last = waves - 1;
        // how the programme's people answer
        int evaluators = 1 + random.nextInt(EVALUATORS.length);
        List<Lab.Row> pending = new ArrayList<>();
        Map<Person, Double> skipping = new LinkedHashMap<>();
        for (int t = 0; t < teamCount; t++) {
            int size = random.nextInt(4) == 0 ? random.nextInt(7) : random.nextInt(31);
            for (int i = 0; i < size; i++) {
                Person p = c.person(key + "-" + t + "-" + i, t);
                skipping.put(p, random.nextInt(6) == 0 ? 0.15 : 0.0);
                double level = 2 + random.nextDouble() * 2.5;
                for (int w = 0; w < waves; w++) {
                    if (random.nextDouble() < (w == 0 ? 0.12 : 0.18)) {
                        continue; // misses this wave
                    }
                    int[] likert = Lab.likert(c, random, level + 0.3 * w, skipping.get(p));
                    if (java.util.Arrays.stream(likert).allMatch(v -> v == 0)) {
                        likert[0] = 3;
                    }
                    String[] text = Lab.text(c, random, 0.3, p.code);
                    pending.add(new Lab.Row(p, w, likert, Lab.choice(c, random, 0.4 + 0.2 * w, skipping.get(p)), text));
                }
            }
        }
        // a few people answer identically: a small group copies one person's answers at one wave (all or one question)
        for (int g = 0; g < 1 + random.nextInt(2) && !pending.isEmpty(); g++) {
            Lab.Row model = pending.get(random.nextInt(pending.size()));
            List<Lab.Row> same = pending.stream().filter(r -> r.person().team == model.person().team && r.wave() == model.wave()
                    && r != model).limit(1 + random.nextInt(5)).toList();
            int item = random.nextBoolean() ? -1 : random.nextInt(c.likert.size());
            for (Lab.Row r : same) {
                for (int i = 0; i < c.likert.size(); i++) {
                    if (item < 0 || i == item) {
                        r.likert()[i] = model.likert()[i] == 0 ? 3 : model.likert()[i];
                    }
                }
                if (item < 0) {
                    System.arraycopy(model.choice(), 0, r.choice(), 0, r.choice().length);
                }
            }
        }
        java.util.Collections.shuffle(pending, random);
        // who imports which rows: one evaluator per person
        Map<Person, String> importer = new LinkedHashMap<>();
        for (Lab.Row r : pending) {
            importer.computeIfAbsent(r.person(), p -> EVALUATORS[random.nextInt(evaluators)]);
        }
        int rounds = 1 + random.nextInt(3);
        int releases = 0;
        int refused = 0;
        Set<Person> linked = new LinkedHashSet<>();
        int cursor = 0;
        for (int round = 0; round < rounds; round++) {
            // the first round brings most rows; later rounds are late paper imports
            int take = round == rounds - 1 ? pending.size() - cursor
                    : round == 0 ? (int) (pending.size() * (0.6 + 0.3 * random.nextDouble())) - cursor
                    : (pending.size() - cursor) / 2;
            List<Lab.Row> now = pending.subList(cursor, cursor + Math.max(0, take));
            cursor += now.size();
            Map<String, List<Lab.Row>> byImporter = new LinkedHashMap<>();
            for (Lab.Row r : now) {
                byImporter.computeIfAbsent(importer.get(r.person()), x -> new ArrayList<>()).add(r);
            }
            byImporter.forEach((by, rows) -> lab.importRows(c, by, rows));
            // some of the people who arrived answered in Lantern: linked, with training completed in time, too late, or not at all
            List<Person> fresh = new ArrayList<>();
            List<Instant> completed = new ArrayList<>();
            for (Lab.Row r : now) {
                if (!linked.contains(r.person()) && !importer.get(r.person()).isEmpty() && random.nextInt(10) < 4) {
                    linked.add(r.person());
                    fresh.add(r.person());
                    int choice = random.nextInt(5);
                    completed.add(choice < 2 ? lab.before(c, 1) : choice == 2 ? lab.before(c, last).plusSeconds(86_400L * 40) : null);
                }
            }
            if (!fresh.isEmpty()) {
                lab.link(c, fresh, completed);
            }
            for (int[] pair : waves == 3 ? new int[][]{{0, 2}, {0, 1}} : new int[][]{{0, 1}}) {
                try {
                    lab.release(c, EVALUATORS[random.nextInt(evaluators)], pair[0], pair[1]);
                    releases++;
                } catch (ReportException e) {
                    assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFLICT);
                    if (e.getMessage().contains("already show figures that, together, reveal too much")) {
                        // not a leak (nothing is released), but no further release is possible: see the report
                        stuck.add(key + " " + c.waves.get(pair[0]) + "–" + c.waves.get(pair[1]) + " after " + c.releases.size()
                                + " releases: " + e.getMessage());
                        System.out.println("[" + getClass().getSimpleName() + "] REFUSED: " + stuck.getLast());
                    } else {
                        assertThat(e.getMessage()).as("refused for too few new people or nothing new")
                                .containsAnyOf("A new release needs at least", "Nothing new to release", "Nobody has submitted");
                    }
                    refused++;
                }
            }
        }
        List<String> failures = new ArrayList<>();
        int figures = 0;
        long searched = 0;
        if (!c.releases.isEmpty()) {
            Intruder intruder = new Intruder(c, k());
            lab.readAll(new Sightings(intruder, c), c, "admin");
            figures = intruder.figuresSeen();
            List<String> readers = new ArrayList<>();
            readers.add(null);
            importer.values().stream().distinct().forEach(readers::add);
            for (String reader : readers) {
                Intruder.Verdict v = intruder.attack(reader);
                searched += v.setsSearched();
                undecided.addAll(v.undecided());
                if (!v.clean()) {
                    failures.add(key + " (" + teamCount + " teams of " + sizes(c) + ", " + waves + " waves, " + c.releases.size()
                            + " releases): " + v.describe());
                    System.out.println("[" + getClass().getSimpleName() + "] " + failures.getLast());
                }
            }
        }
        System.out.println("[" + getClass().getSimpleName() + "] " + key + ": " + teamCount + " teams of " + sizes(c) + ", " + waves
                + " waves, " + c.releases.size() + " releases, " + refused + " refused, " + figures + " figures, " + searched
                + " small sets searched, " + (failures.isEmpty() ? "nothing derivable" : failures.size() + " reader(s) with findings")
                + String.format(", %.1f s", (System.nanoTime() - started) / 1e9));
        return new Outcome(figures, releases, refused, c.people.size(), failures);
    }

    private static List<Integer> sizes(Cohort c) {
        List<Integer> sizes = new ArrayList<>();
        for (int t = 0; t < c.teams.size(); t++) {
            int team = t;
            sizes.add((int) c.people.stream().filter(p -> p.team == team).count());
        }
        return sizes;
    }
}
