package org.lantern.surveys;

import org.lantern.base.security.Account;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.RESPONSE;

@LanternTest
@Transactional
class SurveyServicesTest {

    @Autowired
    Programmes programmes;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    ResponseRates responseRates;
    @Autowired
    PeopleService people;
    @Autowired
    PseudonymKey pseudonymKey;
    @Autowired
    DSLContext db;

    @Test
    void staffSeeTheOpenDemoWaveForTheirTeam() {
        assertThat(answering.openSurveysFor(account("staff"))).filteredOn(o -> o.programme().key().equals("strengths-pilot")).singleElement().satisfies(o -> {
            assertThat(o.programme().key()).isEqualTo("strengths-pilot");
            assertThat(o.wave().key()).isEqualTo("before");
            assertThat(o.status()).isEqualTo(OpenSurvey.Status.NOT_STARTED);
        });
        assertThat(answering.openSurveysFor(account("ben.o"))).as("Acute Ward Two is not in the pilot").isEmpty();
    }

    @Test
    void answersAutosaveResumeAndSubmitExactlyOnce() {
        MyResponse first = answering.startOrResume(account("staff"), "strengths-pilot", "before");
        assertThat(first.answers()).isEmpty();
        answering.saveAnswer(account("staff"), "strengths-pilot", "before", "hope-1", "4");
        answering.saveAnswer(account("staff"), "strengths-pilot", "before", "hope-k1", first.survey().item("hope-k1").orElseThrow().answer().toUpperCase());
        answering.saveAnswer(account("staff"), "strengths-pilot", "before", "comments", "  More time to plan together.  ");
        answering.saveAnswer(account("staff"), "strengths-pilot", "before", "hope-2", "5");
        answering.saveAnswer(account("staff"), "strengths-pilot", "before", "hope-2", "");

        MyResponse resumed = answering.startOrResume(account("staff"), "strengths-pilot", "before");
        assertThat(resumed.answers()).containsEntry("hope-1", "4").containsEntry("comments", "More time to plan together.")
                .doesNotContainKey("hope-2");
        assertThat(resumed.answers().get("hope-k1")).isEqualTo(first.survey().item("hope-k1").orElseThrow().answer());
        assertThat(answering.openSurveysFor(account("staff"))).filteredOn(o -> o.programme().key().equals("strengths-pilot"))
                .extracting(OpenSurvey::status).containsExactly(OpenSurvey.Status.DRAFT);

        assertThatThrownBy(() -> answering.saveAnswer(account("staff"), "strengths-pilot", "before", "hope-1", "9"))
                .hasMessage("Answers on this scale are whole numbers from 1 to 5, not '9'.");
        assertThatThrownBy(() -> answering.saveAnswer(account("staff"), "strengths-pilot", "before", "hope-k1", "Nonsense"))
                .hasMessage("That is not one of the options.");

        MyResponse submitted = answering.submit(account("staff"), "strengths-pilot", "before");
        assertThat(submitted.submitted()).isTrue();
        assertThatThrownBy(() -> answering.submit(account("staff"), "strengths-pilot", "before")).hasMessage("You have already submitted this survey.");
        assertThatThrownBy(() -> answering.saveAnswer(account("staff"), "strengths-pilot", "before", "hope-1", "1"))
                .hasMessage("You have already submitted this survey.");
        assertThat(answering.startOrResume(account("staff"), "strengths-pilot", "before").answers()).containsEntry("hope-1", "4");
    }

    @Test
    void answersAreStoredAgainstARandomCodeNotTheAccount() {
        answering.startOrResume(account("staff"), "strengths-pilot", "before");
        answering.saveAnswer(account("staff"), "strengths-pilot", "before", "hope-1", "3");
        assertThat(PARTICIPANT.fields()).extracting(f -> f.getName()).doesNotContain("account_id");
        assertThat(RESPONSE.fields()).extracting(f -> f.getName()).doesNotContain("account_id");
        assertThat(ANSWER.fields()).extracting(f -> f.getName()).doesNotContain("account_id");
        long programme = programmes.programme("strengths-pilot").orElseThrow().id();
        long staff = people.findByUsername("staff").orElseThrow().id();
        String code = db.select(PARTICIPANT.CODE).from(PARTICIPANT)
                .where(PARTICIPANT.LINK.eq(pseudonymKey.link(programme, staff))).fetchSingle(PARTICIPANT.CODE);
        assertThat(code).matches("L-[A-Z2-9]{12}").doesNotContain("staff");
    }

    @Test
    void peopleOutsideTheProgrammeTeamsCannotAnswer() {
        assertThatThrownBy(() -> answering.startOrResume(account("ben.o"), "strengths-pilot", "before"))
                .hasMessage("This survey is for teams you are not in.");
        assertThatThrownBy(() -> answering.startOrResume(account("staff"), "strengths-pilot", "after"))
                .hasMessageStartingWith("This survey is open from");
    }

    @Test
    void programmesAreValidatedAndCreateMissingTeams() {
        LocalDate d = LocalDate.of(2027, 1, 1);
        NewProgramme ok = new NewProgramme("paper-pilot", "Paper pilot", "recovery-knowledge", List.of("Community Team North", "Day Service West"),
                List.of(new NewProgramme.NewWave("before", d, d.plusDays(10)), new NewProgramme.NewWave("after", d.plusDays(90), d.plusDays(100))));
        Programme created = programmes.createProgramme(account("evaluator"), ok);
        assertThat(created.teams()).extracting(Programme.TeamRef::name).containsExactly("Community Team North", "Day Service West");
        assertThat(created.waves()).extracting(Programme.Wave::key).containsExactly("before", "after");

        assertThatThrownBy(() -> programmes.createProgramme(account("evaluator"), ok)).hasMessage("There is already a programme with the key 'paper-pilot'.");
        assertThatThrownBy(() -> programmes.createProgramme(account("staff"), ok)).hasMessage("Your account is not allowed to do this.");
        assertThatThrownBy(() -> programmes.createProgramme(account("evaluator"), new NewProgramme("one-wave", "One", "recovery-knowledge",
                List.of("Community Team North"), List.of(new NewProgramme.NewWave("before", d, d)))))
                .hasMessage("A programme needs at least two waves, e.g. before and after.");
        assertThatThrownBy(() -> programmes.createProgramme(account("evaluator"), new NewProgramme("bad-dates", "Bad", "recovery-knowledge",
                List.of("Community Team North"), List.of(new NewProgramme.NewWave("before", d, d.minusDays(1)),
                new NewProgramme.NewWave("after", d.plusDays(5), d.plusDays(6))))))
                .hasMessage("Wave 'before' closes before it opens.");
        assertThatThrownBy(() -> programmes.createProgramme(account("evaluator"), new NewProgramme("no-survey", "X", "nope",
                List.of("Community Team North"), ok.waves()))).hasMessageStartingWith("Unknown survey 'nope'.");
    }

    @Test
    void responseRatesAreCountsOnlyAndScopedToTheManagersTeams() {
        answering.startOrResume(account("staff"), "strengths-pilot", "before");
        answering.saveAnswer(account("staff"), "strengths-pilot", "before", "hope-1", "3");
        answering.submit(account("staff"), "strengths-pilot", "before");

        List<ResponseRate> all = responseRates.responseRates(account("evaluator"), "strengths-pilot");
        assertThat(all).extracting(ResponseRate::teamName).containsOnly("Community Team North", "Supported Living East");
        ResponseRate north = all.stream().filter(r -> r.teamName().equals("Community Team North") && r.waveKey().equals("before")).findFirst().orElseThrow();
        assertThat(north.suppressed()).isFalse();
        assertThat(north.invited()).isEqualTo(5);
        assertThat(north.responded()).isEqualTo(1);
        assertThat(north.percent()).isEqualTo(20);
        ResponseRate east = all.stream().filter(r -> r.teamName().equals("Supported Living East")).findFirst().orElseThrow();
        assertThat(east.suppressed()).as("4 staff: below the minimum group size").isTrue();
        assertThat(east.invited()).isNull();

        assertThat(responseRates.responseRates(account("manager"), "strengths-pilot")).hasSize(4);
        assertThatThrownBy(() -> responseRates.responseRates(account("ward.manager"), "strengths-pilot"))
                .hasMessage("You can only see response rates for teams you manage.");
        assertThatThrownBy(() -> responseRates.responseRates(account("staff"), "strengths-pilot"))
                .hasMessage("You can only see response rates for teams you manage.");

        long northId = programmes.programme("strengths-pilot").orElseThrow().team("Community Team North").orElseThrow().id();
        assertThat(responseRates.notYetResponded(account("manager"), "strengths-pilot", "before", northId))
                .contains("Amira K.").doesNotContain("Sam Staff");
        assertThatThrownBy(() -> responseRates.notYetResponded(account("ward.manager"), "strengths-pilot", "before", northId))
                .hasMessage("You can only see reminders for teams you manage.");
        Account manager = account("manager");
        Account roleTakenAway = new Account(manager.id(), manager.username(), manager.displayName(), true,
                java.util.EnumSet.of(org.lantern.base.security.Role.STAFF), manager.teams());
        assertThatThrownBy(() -> responseRates.notYetResponded(roleTakenAway, "strengths-pilot", "before", northId))
                .as("still named the team's manager, but no longer has the manager role")
                .hasMessage("You can only see reminders for teams you manage.");
    }

    @Test
    void theFinishedDemoProgrammeHasMatchedBeforeAndAfterAnswers() {
        List<ResponseRate> rates = responseRates.responseRates(account("evaluator"), "recovery-practice-2026");
        assertThat(rates).hasSize(6).allSatisfy(r -> assertThat(r.suppressed()).isFalse());
        assertThat(rates).filteredOn(r -> r.waveKey().equals("before")).allSatisfy(r -> assertThat(r.percent()).isEqualTo(100));
        assertThat(rates).filteredOn(r -> r.waveKey().equals("after")).allSatisfy(r -> assertThat(r.percent()).isBetween(60, 100));
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
