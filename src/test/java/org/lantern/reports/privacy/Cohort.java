package org.lantern.reports.privacy;

import org.jspecify.annotations.Nullable;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.SurveyDefinition.Item;
import org.lantern.surveys.SurveyDefinition.ItemType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a test put into one programme, kept by the test itself: every person (their code, team and,
 * when they answered in Lantern, whether they had completed training), every response with its raw
 * answers, who imported it and in which order responses arrived, and what each release included.
 *
 * <p>The {@link Intruder} reads only the membership side of this (who answered which wave and
 * question, which team, which learning-link group, which rows the reader imported); the answers are
 * used for the reader's own imports, to check that the intruder's equations hold, and to print the
 * truth next to a recovered value.
 */
final class Cohort {

    final String key;
    final SurveyDefinition survey;
    final List<Item> likert;
    final List<Item> choice;
    final List<Item> text;
    /** The families a score is made of: each theme with likert items, then each likert item without a theme. */
    final List<Family> families = new ArrayList<>();
    final List<String> waves;
    /** The day each wave closes: training completed by the end of the after wave's closing day counts. */
    final List<java.time.LocalDate> closes;
    final List<String> teams;
    final List<Person> people = new ArrayList<>();
    final List<Snapshot> releases = new ArrayList<>();
    private int arrivals;

    /** A theme (or a lone question): its likert items by index, and its title as the learning link shows it. */
    record Family(String key, @Nullable String title, int[] items) {
    }

    Cohort(String key, SurveyDefinition survey, List<String> teams, List<String> waves, List<java.time.LocalDate> closes) {
        this.key = key;
        this.survey = survey;
        this.likert = survey.items().stream().filter(i -> i.type() == ItemType.LIKERT).toList();
        this.choice = survey.items().stream().filter(i -> i.type() == ItemType.CHOICE).toList();
        this.text = survey.items().stream().filter(i -> i.type() == ItemType.TEXT).toList();
        this.teams = List.copyOf(teams);
        this.waves = List.copyOf(waves);
        this.closes = new ArrayList<>(closes);
        Set<String> themed = new LinkedHashSet<>();
        for (SurveyDefinition.Theme theme : survey.themes()) {
            int[] items = java.util.stream.IntStream.range(0, likert.size())
                    .filter(i -> theme.key().equals(likert.get(i).theme())).toArray();
            if (items.length > 0) {
                families.add(new Family(theme.key(), theme.title(), items));
                Arrays.stream(items).forEach(i -> themed.add(likert.get(i).key()));
            }
        }
        for (int i = 0; i < likert.size(); i++) {
            if (!themed.contains(likert.get(i).key())) {
                families.add(new Family(likert.get(i).key(), null, new int[]{i}));
            }
        }
    }

    /** One person (a participant of the programme). */
    static final class Person {
        final int index;
        final String code;
        final int team;
        final Response[] responses;
        /** The account they answered in Lantern with (their participant carries the keyed link), or null for paper. */
        @Nullable Long account;
        /** When that account completed a training module, or null. */
        java.time.@Nullable Instant completed;
        /** Imported without a participant code (an anonymous paper form): one response, in no linked population. */
        boolean unlinked;

        Person(int index, String code, int team, int waves) {
            this.index = index;
            this.code = code;
            this.team = team;
            this.responses = new Response[waves];
        }

        @Override
        public String toString() {
            return code;
        }
    }

    /**
     * One submitted response.
     *
     * @param likert   raw answers as given (before reverse scoring), 0 when not answered
     * @param choice   chosen option per knowledge question, -1 when not answered
     * @param text     written answers, null when none
     * @param importer the user name of the evaluator who imported it, or null when answered in Lantern
     * @param arrival  the order in which responses arrived (1, 2, …)
     */
    record Response(int[] likert, int[] choice, @Nullable String[] text, @Nullable String importer, int arrival) {

        boolean answered(int item) {
            return likert[item] != 0;
        }
    }

    /**
     * A release as the test made it.
     *
     * @param upTo    responses with an arrival number up to this are in it
     * @param linked  people answering in Lantern at the time
     * @param trained those of them who had completed training by the day the after wave closed
     */
    record Snapshot(int version, int before, int after, int upTo, Set<Person> linked, Set<Person> trained) {
    }

    /** The same people and answers with other releases (for a control that releases what the application refused to). */
    Cohort withReleases(List<Snapshot> snapshots) {
        Cohort copy = new Cohort(key, survey, teams, waves, closes);
        copy.people.addAll(people);
        copy.releases.addAll(snapshots);
        copy.arrivals = arrivals;
        return copy;
    }

    /** What a release made now of a pair would include (without recording it). */
    Snapshot snapshot(int version, int before, int after) {
        Snapshot s = released(version, before, after);
        releases.removeLast();
        return s;
    }

    Person person(String code, int team) {
        Person p = new Person(people.size(), code, team, waves.size());
        people.add(p);
        return p;
    }

    /** Records a response; answers as given on the form (raw). */
    Response respond(Person p, int wave, int[] likert, int[] choice, @Nullable String[] text, @Nullable String importer) {
        if (p.responses[wave] != null) {
            throw new IllegalStateException(p.code + " already answered " + waves.get(wave));
        }
        Response r = new Response(likert.clone(), choice.clone(), text.clone(), importer, ++arrivals);
        p.responses[wave] = r;
        return r;
    }

    int arrivals() {
        return arrivals;
    }

    Snapshot released(int version, int before, int after) {
        Set<Person> linked = new LinkedHashSet<>();
        Set<Person> trained = new LinkedHashSet<>();
        java.time.Instant cutoff = closes.get(after).plusDays(1).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant();
        for (Person p : people) {
            if (p.account != null) {
                linked.add(p);
                if (p.completed != null && p.completed.isBefore(cutoff)) {
                    trained.add(p);
                }
            }
        }
        Snapshot s = new Snapshot(version, before, after, arrivals, linked, trained);
        releases.add(s);
        return s;
    }

    int wave(String key) {
        int w = waves.indexOf(key);
        if (w < 0) {
            throw new IllegalArgumentException("no wave " + key);
        }
        return w;
    }

    int team(String name) {
        for (int t = 0; t < teams.size(); t++) {
            if (teams.get(t).equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no team " + name);
    }

    int likertIndex(String key) {
        for (int i = 0; i < likert.size(); i++) {
            if (likert.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no likert item " + key);
    }

    int familyOf(int likertItem) {
        for (int f = 0; f < families.size(); f++) {
            for (int i : families.get(f).items()) {
                if (i == likertItem) {
                    return f;
                }
            }
        }
        throw new IllegalStateException();
    }

    /** The score as reported: reverse-scored questions count as min + max − answer. */
    int scored(Response r, int item) {
        int raw = r.likert()[item];
        if (raw == 0) {
            throw new IllegalStateException("not answered");
        }
        return likert.get(item).reverse() ? survey.scale().min() + survey.scale().max() - raw : raw;
    }

    boolean correct(Response r, int c) {
        Item item = choice.get(c);
        return r.choice()[c] >= 0 && item.options().get(r.choice()[c]).equals(item.answer());
    }
}
