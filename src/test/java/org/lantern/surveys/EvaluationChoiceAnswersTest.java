package org.lantern.surveys;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.RESPONSE;

/**
 * Knowledge answers reach reports as the index of the chosen option, matched as before whatever their
 * case and surrounding white space (the database codes most of them; those it cannot match are matched
 * here), and an answer that is no option stays unanswered.
 */
@LanternTest
@Transactional
class EvaluationChoiceAnswersTest {

    @Autowired
    Programmes programmes;
    @Autowired
    EvaluationSource evaluationSource;
    @Autowired
    PeopleService people;
    @Autowired
    DSLContext db;

    @Test
    void knowledgeAnswersAreReadAsOptionIndexes() {
        Account evaluator = people.findByUsername("evaluator").orElseThrow();
        LocalDate start = LocalDate.of(2024, 3, 4);
        Programme programme = programmes.createProgramme(evaluator, new NewProgramme("choice-read-test", "Choice read test",
                "recovery-knowledge", List.of("Choice Read Team"), List.of(
                new NewProgramme.NewWave("before", start, start.plusDays(10)),
                new NewProgramme.NewWave("after", start.plusDays(100), start.plusDays(120)))));
        SurveyDefinition survey = programmes.survey("recovery-knowledge").orElseThrow();
        List<SurveyDefinition.Item> choice = survey.items().stream().filter(i -> i.type() == SurveyDefinition.ItemType.CHOICE).toList();
        SurveyDefinition.Item first = choice.get(0);
        SurveyDefinition.Item second = choice.get(1);
        SurveyDefinition.Item third = choice.get(2);

        long exact = respond(programme, "C-1", first.key(), first.options().get(1));
        long shouted = respond(programme, "C-2", first.key(), "  " + first.options().get(2).toUpperCase(java.util.Locale.ROOT) + " ");
        long tabbed = respond(programme, "C-3", second.key(), "\t" + second.options().get(3) + "\n");
        long other = respond(programme, "C-4", third.key(), "Something that is no option");
        answer(exact, second.key(), second.options().get(0));

        EvaluationData data = evaluationSource.read(programme);
        int[] answers = data.wave(programme.waves().getFirst().id()).choice();
        int items = data.choiceItems().size();
        assertThat(data.participants()).isEqualTo(4);
        assertThat(answers[participant(data, exact) * items]).isEqualTo(1);
        assertThat(answers[participant(data, exact) * items + 1]).isEqualTo(0);
        assertThat(answers[participant(data, shouted) * items]).as("case and spaces aside").isEqualTo(2);
        assertThat(answers[participant(data, tabbed) * items + 1]).as("a tab and a line break around it").isEqualTo(3);
        assertThat(answers[participant(data, other) * items + 2]).as("no option: unanswered").isEqualTo(-1);
        assertThat(answers[participant(data, other) * items]).isEqualTo(-1);
    }

    private long respond(Programme programme, String code, String item, String text) {
        long participant = db.insertInto(PARTICIPANT, PARTICIPANT.PROGRAMME_ID, PARTICIPANT.CODE, PARTICIPANT.TEAM_ID)
                .values(programme.id(), code, programme.teams().getFirst().id()).returning(PARTICIPANT.ID).fetchSingle(PARTICIPANT.ID);
        long response = db.insertInto(RESPONSE, RESPONSE.PARTICIPANT_ID, RESPONSE.WAVE_ID, RESPONSE.STATUS, RESPONSE.SUBMITTED_AT)
                .values(participant, programme.waves().getFirst().id(), "submitted", programme.waves().getFirst().closes())
                .returning(RESPONSE.ID).fetchSingle(RESPONSE.ID);
        answer(response, item, text);
        return response;
    }

    private void answer(long response, String item, String text) {
        db.insertInto(ANSWER, ANSWER.RESPONSE_ID, ANSWER.ITEM_KEY, ANSWER.VALUE_TEXT).values(response, item, text).execute();
    }

    private static int participant(EvaluationData data, long response) {
        long[] ids = data.wave(data.programme().waves().getFirst().id()).response();
        for (int p = 0; p < ids.length; p++) {
            if (ids[p] == response) {
                return p;
            }
        }
        throw new AssertionError("no participant with response " + response);
    }
}
