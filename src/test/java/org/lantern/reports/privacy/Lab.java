package org.lantern.reports.privacy;

import org.lantern.base.security.Account;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.reports.ReleaseInfo;
import org.lantern.reports.ReleaseService;
import org.lantern.reports.Report;
import org.lantern.reports.ReportService;
import org.lantern.reports.privacy.Cohort.Person;
import org.lantern.reports.privacy.Cohort.Snapshot;
import org.lantern.surveys.ImportResult;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programme;
import org.lantern.surveys.PseudonymKey;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.SurveyDefinition.Item;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseImport;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.lantern.db.Tables.MODULE_COMPLETION;
import static org.lantern.db.Tables.PARTICIPANT;

/**
 * What the attack tests do to the real application: create programmes (waves long closed), import
 * paper answers as chosen evaluators, link participants to accounts as if they had answered in
 * Lantern (the keyed link) with or without training, release, and read every release and scope.
 * It keeps the {@link Cohort} in step with what it put in.
 */
final class Lab {

    /** Waves open and close long ago, so releases are possible at once. */
    static final LocalDate START = LocalDate.now().minusDays(300);

    final Programmes programmes;
    final ResponseImport responseImport;
    final ReleaseService releases;
    final ReportService reports;
    final PeopleService people;
    final PseudonymKey key;
    final DSLContext db;
    final int k;

    Lab(Programmes programmes, ResponseImport responseImport, ReleaseService releases, ReportService reports, PeopleService people, PseudonymKey key, DSLContext db,
        int minGroupSize) {
        this.programmes = programmes;
        this.responseImport = responseImport;
        this.releases = releases;
        this.reports = reports;
        this.people = people;
        this.key = key;
        this.db = db;
        this.k = minGroupSize;
    }

    SurveyDefinition survey() {
        return programmes.survey("recovery-knowledge").orElseThrow();
    }

    /** A programme with waves before and after (and middle, when asked for three), created by the demo evaluator. */
    Cohort programme(String programmeKey, List<String> teams, int waves) {
        List<NewProgramme.NewWave> list = new ArrayList<>();
        list.add(new NewProgramme.NewWave("before", START, START.plusDays(20)));
        if (waves == 3) {
            list.add(new NewProgramme.NewWave("middle", START.plusDays(75), START.plusDays(95)));
        }
        list.add(new NewProgramme.NewWave("after", START.plusDays(150), START.plusDays(170)));
        return programme(programmeKey, teams, list);
    }

    /** A programme with the given waves, created by the demo evaluator. */
    Cohort programme(String programmeKey, List<String> teams, List<NewProgramme.NewWave> list) {
        programmes.createProgramme(account("evaluator"), new NewProgramme(programmeKey, "Privacy attack " + programmeKey, "recovery-knowledge",
                teams, list));
        return new Cohort(programmeKey, survey(), teams, list.stream().map(NewProgramme.NewWave::key).toList(),
                list.stream().map(NewProgramme.NewWave::closes).toList());
    }

    /** An evaluator account (created once; password "demo"). */
    String evaluator(String username) {
        return account(username, EnumSet.of(Role.EVALUATOR), Set.of(), Set.of());
    }

    /** An account (created once; password "demo"), member of and managing the named teams. */
    String account(String username, Set<Role> roles, Set<String> memberOf, Set<String> manages) {
        if (people.findByUsername(username).isEmpty()) {
            Set<Long> member = new java.util.HashSet<>();
            memberOf.forEach(t -> member.add(people.findTeamByName(t).orElseThrow().id()));
            Set<Long> managed = new java.util.HashSet<>();
            manages.forEach(t -> managed.add(people.findTeamByName(t).orElseThrow().id()));
            people.createDemoAccounts(List.of(new NewAccount(username, "Test " + username, "demo", roles, member, managed)));
        }
        return username;
    }

    /** One row of a paper import: a person's answers at a wave (raw, as on the form: 0 / -1 / null for none). */
    record Row(Person person, int wave, int[] likert, int[] choice, @Nullable String[] text) {
    }

    /** Imports rows as {@code by}; every row must go in. */
    void importRows(Cohort c, String by, List<Row> rows) {
        ImportResult result = tryImport(c, by, rows);
        if (!result.rejected().isEmpty()) {
            throw new IllegalStateException("rows rejected: " + result.rejected());
        }
    }

    /** Imports rows as {@code by}; the rows that went in are recorded in the cohort. */
    ImportResult tryImport(Cohort c, String by, List<Row> rows) {
        ImportResult result = responseImport.importCsv(account(by), c.key, new StringReader(csv(c, rows)), false, n -> { });
        recordImport(c, by, rows, result);
        return result;
    }

    /** Records in the cohort the rows of an import that went in. */
    static void recordImport(Cohort c, String by, List<Row> rows, ImportResult result) {
        java.util.Set<Long> rejectedLines = new java.util.HashSet<>();
        result.rejected().forEach(r -> rejectedLines.add(r.line()));
        for (int i = 0; i < rows.size(); i++) {
            if (!rejectedLines.contains(i + 2L)) {
                Row row = rows.get(i);
                c.respond(row.person(), row.wave(), row.likert(), row.choice(), row.text(), by);
            }
        }
    }

    /** The rows as an import file. */
    static String csv(Cohort c, List<Row> rows) {
        SurveyDefinition survey = c.survey;
        StringBuilder csv = new StringBuilder("participant,team,wave");
        survey.items().forEach(i -> csv.append(',').append(i.key()));
        csv.append('\n');
        for (Row row : rows) {
            csv.append(row.person().unlinked ? "" : row.person().code).append(',').append(quote(c.teams.get(row.person().team))).append(',')
                    .append(c.waves.get(row.wave()));
            int l = 0;
            int ch = 0;
            int t = 0;
            for (Item item : survey.items()) {
                csv.append(',');
                switch (item.type()) {
                    case LIKERT -> {
                        int v = row.likert()[l++];
                        if (v != 0) {
                            csv.append(v);
                        }
                    }
                    case CHOICE -> {
                        int o = row.choice()[ch++];
                        if (o >= 0) {
                            csv.append(quote(item.options().get(o)));
                        }
                    }
                    case TEXT -> {
                        String text = row.text()[t++];
                        if (text != null) {
                            csv.append(quote(text));
                        }
                    }
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * Makes a person one who answered in Lantern: an account whose keyed link their participant
     * carries, with a training module completed at {@code completed} (or none).
     */
    void link(Cohort c, List<Person> persons, List<@Nullable Instant> completed) {
        Programme programme = programmes.programme(c.key).orElseThrow();
        List<NewAccount> requests = new ArrayList<>();
        for (Person p : persons) {
            requests.add(new NewAccount(username(c, p), "Learner " + p.code, "demo", EnumSet.of(Role.STAFF), Set.of(), Set.of()));
        }
        var accounts = people.createDemoAccounts(requests);
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            long account = accounts.get(i).id();
            int updated = db.update(PARTICIPANT).set(PARTICIPANT.LINK, key.link(programme.id(), account))
                    .where(PARTICIPANT.PROGRAMME_ID.eq(programme.id())).and(PARTICIPANT.CODE.eq(p.code)).execute();
            if (updated != 1) {
                throw new IllegalStateException("no participant " + p.code);
            }
            p.account = account;
            Instant at = completed.get(i);
            if (at != null) {
                db.insertInto(MODULE_COMPLETION, MODULE_COMPLETION.ACCOUNT_ID, MODULE_COMPLETION.MODULE_KEY, MODULE_COMPLETION.MODULE_TITLE,
                        MODULE_COMPLETION.MINUTES, MODULE_COMPLETION.COMPLETED_AT)
                        .values(account, "positive-risk-taking", "Positive risk-taking", 60, at.atOffset(ZoneOffset.UTC)).execute();
                p.completed = at;
            }
        }
    }

    private static String username(Cohort c, Person p) {
        return ("l." + c.key + "." + p.code).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]", ".");
    }

    /** Ten days before a wave closes: training completed then counts for that wave. */
    Instant before(Cohort c, int wave) {
        return c.closes.get(wave).minusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Releases a pair of waves as {@code by} and records what the release includes. */
    ReleaseInfo release(Cohort c, String by, int before, int after) {
        ReleaseInfo info = releases.release(account(by), c.key, c.waves.get(before), c.waves.get(after), Set.of(), null);
        c.released(info.version(), before, after);
        return info;
    }

    /** Every release of the cohort, all teams and each team, as {@code reader} sees them. */
    void readAll(Sightings sightings, Cohort c, String reader) {
        for (int r = 0; r < c.releases.size(); r++) {
            Snapshot s = c.releases.get(r);
            String b = c.waves.get(s.before());
            String a = c.waves.get(s.after());
            Report all = reports.report(account(reader), c.key, b, a, null, s.version());
            sightings.report(r, all, true);
            for (String team : c.teams) {
                sightings.report(r, reports.report(account(reader), c.key, b, a, team, s.version()), false);
            }
        }
    }

    // --- answers ------------------------------------------------------------------------------------------

    /** Answers that vary from person to person: a personal level, noise, and a rise after. */
    static int[] likert(Cohort c, Random random, double level, double skip) {
        int[] answers = new int[c.likert.size()];
        for (int i = 0; i < answers.length; i++) {
            if (random.nextDouble() < skip) {
                continue;
            }
            int score = Math.max(1, Math.min(5, (int) Math.round(level + random.nextGaussian() * 0.9)));
            answers[i] = c.likert.get(i).reverse() ? 6 - score : score;
        }
        return answers;
    }

    static int[] choice(Cohort c, Random random, double right, double skip) {
        int[] answers = new int[c.choice.size()];
        for (int i = 0; i < answers.length; i++) {
            Item item = c.choice.get(i);
            if (random.nextDouble() < skip) {
                answers[i] = -1;
            } else if (random.nextDouble() < right) {
                answers[i] = item.options().indexOf(item.answer());
            } else {
                answers[i] = item.options().indexOf(item.answer()) == 0 ? 1 : 0;
            }
        }
        return answers;
    }

    static String[] text(Cohort c, Random random, double write, String who) {
        String[] texts = new String[c.text.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = random.nextDouble() < write ? "Written by " + who + " about " + c.text.get(i).key() : null;
        }
        return texts;
    }

    /** A row of answers spread evenly over the scale (so that no group of a few gives one question the same answer). */
    static Row spread(Cohort c, Random random, Person p, int wave) {
        int[] likert = new int[c.likert.size()];
        for (int i = 0; i < likert.length; i++) {
            likert[i] = 1 + random.nextInt(5);
        }
        return new Row(p, wave, likert, choice(c, random, 0.5, 0), new String[c.text.size()]);
    }

    /** A typical row: varied answers, nothing skipped, knowledge half right, no comments. */
    static Row row(Cohort c, Random random, Person p, int wave) {
        double level = 3 + (p.code.hashCode() % 7) / 7.0 + (wave > 0 ? 0.4 : 0);
        return new Row(p, wave, likert(c, random, level, 0), choice(c, random, 0.5, 0), new String[c.text.size()]);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
