package org.lantern.surveys;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.privacy.PersonalDataSection;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.RESPONSE;

/**
 * Then-test (looking back) answers: given in a follow-up wave only, saved as they go beside the question's own answer
 * and never mixed with it, imported from paper, shown to the person in their own data and read for reports apart.
 */
@LanternTest
@Transactional
class ThenTestAnswersTest {

    private static final String PROGRAMME_KEY = "then-test-answers-test";

    @Autowired
    Programmes programmes;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    EvaluationSource evaluationSource;
    @Autowired
    SurveyPersonalData personalData;
    @Autowired
    PeopleService people;
    @Autowired
    DSLContext db;

    @BeforeEach
    void programme() {
        LocalDate today = answering.today();
        programmes.createProgramme(account("evaluator"), new NewProgramme(PROGRAMME_KEY, "Then-test test", "recovery-knowledge-then-test",
                List.of("Community Team North", "Then Paper Team"), List.of(
                new NewProgramme.NewWave("before", today.minusDays(60), today.minusDays(40)),
                new NewProgramme.NewWave("after", today.minusDays(1), today.plusDays(10)))));
    }

    @Test
    void staffAnswerTheLookingBackVersionBesideTheQuestionAndSeeBothInTheirData() {
        Account staff = account("staff");
        answering.startOrResume(staff, PROGRAMME_KEY, "after");
        answering.saveAnswer(staff, PROGRAMME_KEY, "after", "hope-1", "5");
        answering.saveAnswer(staff, PROGRAMME_KEY, "after", "hope-1.then", "2");
        assertThat(answering.startOrResume(staff, PROGRAMME_KEY, "after").answers())
                .containsEntry("hope-1", "5").containsEntry("hope-1.then", "2");
        assertThat(stored("hope-1")).as("the question's own answer is untouched").containsExactly(5);
        assertThat(stored("hope-1.then")).containsExactly(2);

        answering.saveAnswer(staff, PROGRAMME_KEY, "after", "hope-1.then", "3");
        assertThat(stored("hope-1.then")).as("saved again, not twice").containsExactly(3);
        answering.saveAnswer(staff, PROGRAMME_KEY, "after", "hope-1.then", "");
        assertThat(stored("hope-1.then")).as("cleared").isEmpty();
        assertThat(stored("hope-1")).containsExactly(5);
        answering.saveAnswer(staff, PROGRAMME_KEY, "after", "hope-1.then", "1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> answering.saveAnswer(staff, PROGRAMME_KEY, "after", "hope-1.then", "9"))
                .hasMessage("Answers on this scale are whole numbers from 1 to 5, not '9'.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> answering.saveAnswer(staff, PROGRAMME_KEY, "after", "risk-1.then", "2"))
                .as("risk-1 has no then-test version").hasMessage("The survey has changed. Please reload the page.");

        answering.submit(staff, PROGRAMME_KEY, "after");
        PersonalDataSection mine = personalData.export(staff.id()).getFirst();
        assertThat(mine.tables().getFirst().rows()).contains(List.of(PROGRAMME_KEY, "after", "submitted", "hope-1.then", "1", ""),
                List.of(PROGRAMME_KEY, "after", "submitted", "hope-1", "5", ""));
    }

    @Test
    void paperFormsCarryThenTestColumnsForFollowUpWavesOnlyAndReportsReadThemApart() {
        ImportResult result = responseImport.importCsv(account("evaluator"), PROGRAMME_KEY, new StringReader("""
                participant,team,wave,hope-1,hope-3,hope-1.then,hope-3.then
                P1,Then Paper Team,before,2,4,,
                P1,Then Paper Team,after,4,2,1,5
                P2,Then Paper Team,before,3,3,2,
                """), false, n -> { });
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).isEqualTo("column 'hope-1.then': looking-back (then-test) questions are asked only after the "
                    + "training, not in the first survey.");
        });

        EvaluationData data = evaluationSource.read(programmes.programme(PROGRAMME_KEY).orElseThrow());
        int items = data.likertItems().size();
        int hope1 = data.likertItems().indexOf(data.survey().item("hope-1").orElseThrow());
        int hope3 = data.likertItems().indexOf(data.survey().item("hope-3").orElseThrow());
        assertThat(data.participants()).isEqualTo(1);
        assertThat(data.waves().get(1).likert()[hope1]).as("the question's own answer").isEqualTo(4);
        assertThat(data.thenTest(1, 0, hope1)).as("the then-test answer, as given").isEqualTo(1);
        assertThat(data.thenTest(1, 0, hope3)).isEqualTo(5);
        assertThat(data.thenTest(0, 0, hope1)).isEqualTo(EvaluationData.MISSING);
        assertThat(data.waves().get(0).likert()[hope1]).isEqualTo(2);
        assertThat(items).isEqualTo(24);
    }

    private List<Integer> stored(String item) {
        return db.select(ANSWER.VALUE_NUMBER).from(ANSWER)
                .join(RESPONSE).on(RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(PROGRAMME).on(PROGRAMME.ID.eq(PARTICIPANT.PROGRAMME_ID))
                .where(PROGRAMME.KEY.eq(PROGRAMME_KEY)).and(ANSWER.ITEM_KEY.eq(item))
                .fetch(ANSWER.VALUE_NUMBER);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
