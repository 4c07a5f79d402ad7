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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.RESPONSE;

/** "Not applicable": answered, changed back, imported, exported and read for reports as its own kind of answer. */
@LanternTest
@Transactional
class NotApplicableAnswersTest {

    private static final String PROGRAMME_KEY = "na-answers-test";

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
        programmes.createProgramme(account("evaluator"), new NewProgramme(PROGRAMME_KEY, "Not applicable test", "recovery-knowledge-v2",
                List.of("Community Team North", "NA Paper Team"), List.of(
                new NewProgramme.NewWave("before", today.minusDays(1), today.plusDays(10)),
                new NewProgramme.NewWave("after", today.plusDays(100), today.plusDays(120)))));
    }

    @Test
    void staffChooseNotApplicableChangeItBackAndItIsKeptApartFromNumbers() {
        Account staff = account("staff");
        answering.startOrResume(staff, PROGRAMME_KEY, "before");
        answering.saveAnswer(staff, PROGRAMME_KEY, "before", "carers-1", "NA");
        answering.saveAnswer(staff, PROGRAMME_KEY, "before", "hope-1", "4");
        assertThat(answering.startOrResume(staff, PROGRAMME_KEY, "before").answers())
                .containsEntry("carers-1", SurveyDefinition.NOT_APPLICABLE).containsEntry("hope-1", "4");
        assertThat(stored("carers-1")).as("neither a number nor a text, and not a missing row").containsExactly(null, null, true);

        answering.saveAnswer(staff, PROGRAMME_KEY, "before", "carers-1", "2");
        assertThat(stored("carers-1")).containsExactly(2, null, false);
        answering.saveAnswer(staff, PROGRAMME_KEY, "before", "carers-1", "na");
        assertThat(stored("carers-1")).containsExactly(null, null, true);

        assertThatThrownBy(() -> answering.saveAnswer(staff, PROGRAMME_KEY, "before", "hope-1", "NA"))
                .hasMessage("this question does not offer 'Not applicable' (NA): its answers are whole numbers from 1 to 5.");
        assertThat(stored("hope-1")).as("the earlier answer is kept").containsExactly(4, null, false);

        answering.submit(staff, PROGRAMME_KEY, "before");
        PersonalDataSection mine = personalData.export(staff.id()).getFirst();
        assertThat(mine.tables().getFirst().rows()).contains(List.of(PROGRAMME_KEY, "before", "submitted", "carers-1", "", "Not applicable"));
        assertThat(((List<?>) mine.data())).anySatisfy(taking -> assertThat(((SurveyPersonalData.SurveyTaking) taking).responses()
                .getFirst().answers()).contains(new SurveyPersonalData.SurveyAnswer("carers-1", null, "Not applicable", true)));
    }

    @Test
    void paperFormsUseNaWhereTheQuestionOffersItAndEachMisuseNamesItsLine() {
        ImportResult result = responseImport.importCsv(account("evaluator"), PROGRAMME_KEY, new StringReader("""
                participant,team,wave,hope-1,carers-1,planning-p1
                P1,NA Paper Team,before,4,NA,n/a
                P2,NA Paper Team,before,NA,3,2
                P3,NA Paper Team,before,5,,4
                """), false, n -> { });
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo("column 'hope-1': this question does not offer 'Not applicable' (NA): its answers are "
                    + "whole numbers from 1 to 5.");
        });

        EvaluationData data = evaluationSource.read(programmes.programme(PROGRAMME_KEY).orElseThrow());
        int items = data.likertItems().size();
        int carers = data.likertItems().indexOf(data.survey().item("carers-1").orElseThrow());
        int planning = data.likertItems().indexOf(data.survey().item("planning-p1").orElseThrow());
        int hope = data.likertItems().indexOf(data.survey().item("hope-1").orElseThrow());
        EvaluationData.WaveData before = data.waves().getFirst();
        assertThat(data.participants()).isEqualTo(2);
        int p1 = before.notApplicable().get(carers) ? 0 : 1;
        int p3 = 1 - p1;
        assertThat(before.notApplicable().get(p1 * items + carers)).isTrue();
        assertThat(before.notApplicable().get(p1 * items + planning)).isTrue();
        assertThat(before.likert()[p1 * items + carers]).as("no number to average").isEqualTo(EvaluationData.MISSING);
        assertThat(before.likert()[p1 * items + hope]).isEqualTo(4);
        assertThat(before.notApplicable().get(p3 * items + carers)).as("left blank: not answered, not 'Not applicable'").isFalse();
        assertThat(before.likert()[p3 * items + carers]).isEqualTo(EvaluationData.MISSING);
        assertThat(before.notApplicable().cardinality()).isEqualTo(2);
    }

    private List<Object> stored(String item) {
        return db.select(ANSWER.VALUE_NUMBER, ANSWER.VALUE_TEXT, ANSWER.NOT_APPLICABLE).from(ANSWER)
                .join(RESPONSE).on(RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(PROGRAMME).on(PROGRAMME.ID.eq(PARTICIPANT.PROGRAMME_ID))
                .where(PROGRAMME.KEY.eq(PROGRAMME_KEY)).and(ANSWER.ITEM_KEY.eq(item))
                .fetchSingle(r -> java.util.Arrays.asList(r.value1(), r.value2(), r.value3()));
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
