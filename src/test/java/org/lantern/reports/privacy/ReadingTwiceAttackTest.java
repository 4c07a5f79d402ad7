package org.lantern.reports.privacy;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Role;
import org.lantern.reports.ReportException;
import org.lantern.reports.privacy.Cohort.Person;
import org.lantern.reports.privacy.Cohort.Snapshot;
import org.lantern.surveys.NewProgramme;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.WAVE;

/**
 * Reading twice: a reader looks at the figures, one more person answers, the reader looks again, and
 * the difference is that person. While a wave is open there must be nothing to read at all; after a
 * release, answers that arrive later may only appear in a new release with at least k new people,
 * and that release must not differ from the earlier one by fewer than k people in any figure.
 *
 * <p>The old rule computed reports live from the answers: a manager reading their team's figures on
 * Monday and again on Tuesday, after one colleague submitted, had that colleague's every answer (the
 * two sums differ by exactly them). With releases but no cross-release check, one late paper answer
 * gave a second release whose difference from the first was that person; and with 7 new people spread
 * over two teams, the team with 3 of them differed by 3 people.
 */
@LanternTest
class ReadingTwiceAttackTest extends AttackSupport {

    @LocalServerPort
    int port;

    @Test
    void whileAWaveIsOpenAManagerGetsNothingBeforeOrAfterOneMoreSubmission() {
        Lab lab = lab();
        Http http = new Http(port);
        LocalDate today = LocalDate.now();
        Cohort c = lab.programme("attack-twice-open", List.of("Twice Open Team"), List.of(
                new NewProgramme.NewWave("before", today.minusDays(40), today.minusDays(30)),
                new NewProgramme.NewWave("after", today.minusDays(3), today.plusDays(7))));
        String manager = lab.account("twice.open.manager", EnumSet.of(Role.MANAGER, Role.STAFF), Set.of(), Set.of("Twice Open Team"));
        String staff = lab.account("twice.open.staff", EnumSet.of(Role.STAFF), Set.of("Twice Open Team"), Set.of());
        String importer = lab.evaluator("twice.importer");
        Random random = new Random(404);
        List<Lab.Row> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Person p = c.person(c.key + "-" + i, 0);
            rows.add(Lab.spread(c, random, p, 0));
            rows.add(Lab.spread(c, random, p, 1));
        }
        lab.importRows(c, importer, rows);

        String path = Http.report(c.key, "before", "after", "Twice Open Team", null);
        nothingToRead(http, c, manager, path);

        // one more person answers in Lantern, the manager reads again: still nothing
        answering.startOrResume(account(staff), c.key, "after");
        int[] answers = new int[c.likert.size()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = 1 + random.nextInt(5);
            answering.saveAnswer(account(staff), c.key, "after", c.likert.get(i).key(), String.valueOf(answers[i]));
        }
        answering.submit(account(staff), c.key, "after");
        Person lantern = c.person(staff + " (answered in Lantern)", 0);
        c.respond(lantern, 1, answers, new int[c.choice.size()], new String[c.text.size()], null);
        java.util.Arrays.fill(lantern.responses[1].choice(), -1);
        lantern.account = people.findByUsername(staff).orElseThrow().id();
        nothingToRead(http, c, manager, path);
        nothingToRead(http, c, "evaluator", Http.report(c.key, "before", "after", null, null));
        HttpResponse<String> early = http.post("/api/programmes/" + c.key + "/releases", "evaluator", "application/json", "{}");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(early.body()).contains("survey is open until");

        // time passes: the after wave closes (its dates move into the past) and the evaluator releases
        long programme = db.select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.KEY.eq(c.key)).fetchSingle(PROGRAMME.ID);
        db.update(WAVE).set(WAVE.OPENS, today.minusDays(12)).set(WAVE.CLOSES, today.minusDays(2))
                .where(WAVE.PROGRAMME_ID.eq(programme)).and(WAVE.KEY.eq("after")).execute();
        c.closes.set(1, today.minusDays(2));
        HttpResponse<String> made = http.post("/api/programmes/" + c.key + "/releases", "evaluator", "application/json", "{}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        c.released(1, 0, 1);

        // what the manager can read now is one release, computed once: nothing to subtract it from
        Intruder managerView = new Intruder(c, k());
        new Sightings(managerView, c).json(0, http.json(http.get(path, manager)), true);
        assertThat(managerView.figuresSeen()).as("the manager sees their team's figures").isPositive();
        Intruder.Verdict verdict = managerView.attack(null);
        System.out.println("[" + getClass().getSimpleName() + "] manager's view: " + verdict.describe());
        assertNothingDerivable(verdict);
        assertNothingDerivable(attack(c, "admin", null));
        assertNothingDerivable(attack(c, importer, importer));
    }

    private void nothingToRead(Http http, Cohort c, String user, String path) {
        HttpResponse<String> response = http.get(path, user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.body()).contains("No figures have been released yet");
        assertThatThrownBy(() -> reports.report(account(user), c.key, "before", "after", user.equals("evaluator") ? null : c.teams.getFirst()))
                .isInstanceOf(ReportException.class)
                .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.NOT_FOUND);
    }

    @Test
    void aLateAnswerIsReleasedOnlyWithEnoughNewPeopleAndTwoReleasesCannotBeSubtracted() {
        Lab lab = lab();
        Http http = new Http(port);
        Cohort c = lab.programme("attack-twice-late", List.of("Twice Late North", "Twice Late South"), 2);
        String manager = lab.account("twice.late.manager", EnumSet.of(Role.MANAGER, Role.STAFF), Set.of(), Set.of("Twice Late North"));
        String importer = lab.evaluator("twice.importer");
        Random random = new Random(505);
        lab.importRows(c, importer, people(c, random, "", new int[]{8, 9}));
        HttpResponse<String> first = http.post("/api/programmes/" + c.key + "/releases", "evaluator", "application/json", "{}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        Snapshot one = c.released(1, 0, 1);

        // one late paper answer: the import goes in, but no release can show it on its own
        lab.importRows(c, importer, people(c, random, "late-", new int[]{1, 0}));
        HttpResponse<String> refused = http.post("/api/programmes/" + c.key + "/releases", "evaluator", "application/json", "{}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("1 person's responses have arrived since release 1", "at least " + k() + " new people");
        Snapshot withOne = c.snapshot(2, 0, 1);

        // six more (seven new people, three of them in North): a second release
        lab.importRows(c, importer, people(c, random, "later-", new int[]{2, 4}));
        HttpResponse<String> second = http.post("/api/programmes/" + c.key + "/releases", "evaluator", "application/json", "{}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(http.json(second).get("release").get("version").asInt()).isEqualTo(2);
        Snapshot two = c.released(2, 0, 1);

        // the intruder compares releases 1 and 2: over the API as the evaluator and the manager, over the service as admin
        Intruder api = new Intruder(c, k());
        Sightings seen = new Sightings(api, c);
        Intruder managerView = new Intruder(c, k());
        Sightings managerSeen = new Sightings(managerView, c);
        for (int r = 0; r < 2; r++) {
            seen.json(r, http.json(http.get(Http.report(c.key, "before", "after", null, r + 1), "evaluator")), true);
            for (String team : c.teams) {
                seen.json(r, http.json(http.get(Http.report(c.key, "before", "after", team, r + 1), "evaluator")), false);
            }
            HttpResponse<String> own = http.get(Http.report(c.key, "before", "after", "Twice Late North", r + 1), manager);
            assertThat(own.statusCode()).isEqualTo(200);
            managerSeen.json(r, http.json(own), true);
            assertThat(http.get(Http.report(c.key, "before", "after", "Twice Late South", r + 1), manager).statusCode()).isEqualTo(403);
        }
        Intruder.Verdict overApi = api.attack(null);
        System.out.println("[" + getClass().getSimpleName() + "] over the API: " + overApi.describe());
        assertNothingDerivable(overApi);
        Intruder.Verdict ofManager = managerView.attack(null);
        System.out.println("[" + getClass().getSimpleName() + "] the manager over the API: " + ofManager.describe());
        assertNothingDerivable(ofManager);
        assertNothingDerivable(attack(c, "admin", null));
        assertNothingDerivable(attack(c, importer, importer));

        // the naive rules: a release with the one late answer, and release 2 without the cross-release check
        assertLeaks(naive(c.withReleases(List.of(one, withOne)), NaiveRelease.threshold(k()), null), Intruder.Type.DETERMINED,
                c.key + "-late-0-0");
        Intruder.Verdict naive = naive(c.withReleases(List.of(one, two)), NaiveRelease.threshold(k()), null);
        assertThat(naive.findings()).as(naive.describe()).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(Intruder.Type.FEW);
            assertThat(f.people()).containsExactlyInAnyOrder(c.key + "-late-0-0", c.key + "-later-0-0", c.key + "-later-0-1");
        });
    }

    private static List<Lab.Row> people(Cohort c, Random random, String prefix, int[] sizes) {
        List<Lab.Row> rows = new ArrayList<>();
        for (int t = 0; t < sizes.length; t++) {
            for (int i = 0; i < sizes[t]; i++) {
                Person p = c.person(c.key + "-" + prefix + t + "-" + i, t);
                rows.add(Lab.spread(c, random, p, 0));
                rows.add(Lab.spread(c, random, p, 1));
            }
        }
        return rows;
    }
}
