package org.lantern.surveys;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.export.ScriptNames;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The printable survey: what a paper form shows, in the CSV import's column order, and who may print it. */
@LanternTest
@Transactional
class PaperSurveysTest {

    private static final String PROGRAMME_KEY = "paper-survey-test";

    @Autowired
    PaperSurveys paperSurveys;
    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    PeopleService people;

    @Test
    void thePaperFormHasTheCodeBoxAndEveryQuestionInTheImportsColumnOrder() {
        createProgramme();
        SurveyDefinition survey = programmes.survey("recovery-knowledge-v2").orElseThrow();
        PaperSurveys.PrintableSurvey printable = paperSurveys.printable(account("evaluator"), PROGRAMME_KEY);
        assertThat(printable.fileName()).isEqualTo("paper-survey-test-survey.pdf");
        String text = ScriptNames.textOf(printable.pdf());

        assertThat(text).contains("Your participant code", "Your team", "Community Team North", "Supported Living East",
                "Survey round", "before", "after", "never write your name");
        // every item key printed beside its question, one after the other as the CSV's columns come
        int from = text.indexOf("Survey round");
        for (SurveyDefinition.Item item : survey.items()) {
            Matcher key = Pattern.compile("(?<![\\w-])" + Pattern.quote(item.key()) + "(?![\\w-])").matcher(text);
            assertThat(key.find(from)).as(item.key() + " after the key before it").isTrue();
            from = key.end();
        }
        assertThat(text.replaceAll("\\s", "")).as("the CSV header for data entry")
                .contains(String.join(",", survey.importColumns()));
        assertThat(survey.importColumns().subList(0, 3)).containsExactly("participant", "team", "wave");
        assertThat(survey.items()).anySatisfy(i -> assertThat(i.notApplicable()).isTrue());
        String words = text.replaceAll("\\s+", " ");
        assertThat(words).contains(SurveyDefinition.NOT_APPLICABLE_LABEL);
        survey.scale().labels().forEach(label -> assertThat(words).contains(label));
        survey.items().stream().filter(i -> i.type() == SurveyDefinition.ItemType.CHOICE)
                .forEach(i -> i.options().forEach(option -> assertThat(words).contains(option.replaceAll("\\s+", " "))));
    }

    @Test
    void aFormTypedInWithThePrintedHeaderImports() {
        createProgramme();
        SurveyDefinition survey = programmes.survey("recovery-knowledge-v2").orElseThrow();
        StringBuilder row = new StringBuilder("P-01,Community Team North,before");
        survey.items().forEach(i -> row.append(',').append(switch (i.type()) {
            case LIKERT -> i.notApplicable() ? "NA" : "4";
            case CHOICE -> '"' + i.options().getFirst().replace("\"", "\"\"") + '"'; // as a spreadsheet saves it
            case TEXT -> "Written on paper";
        }));
        ImportResult result = responseImport.importCsv(account("evaluator"), PROGRAMME_KEY,
                new StringReader(String.join(",", survey.importColumns()) + "\n" + row + "\n"), false, n -> { });
        assertThat(result.rejected()).isEmpty();
        assertThat(result.imported()).isEqualTo(1);
    }

    @Test
    void evaluatorsAndAdministratorsPrintItAndNobodyElse() {
        createProgramme();
        assertThat(paperSurveys.printable(account("admin"), PROGRAMME_KEY).pdf()).startsWith("%PDF".getBytes());
        for (String username : List.of("staff", "manager", "editor")) {
            assertThatThrownBy(() -> paperSurveys.printable(account(username), PROGRAMME_KEY)).as(username)
                    .isInstanceOf(SurveyException.class).hasMessage("Your account is not allowed to do this.");
        }
        assertThatThrownBy(() -> paperSurveys.printable(account("evaluator"), "no-such-programme"))
                .isInstanceOfSatisfying(SurveyException.class, e -> assertThat(e.kind()).isEqualTo(SurveyException.Kind.NOT_FOUND));
    }

    private void createProgramme() {
        LocalDate today = programmes.today();
        programmes.createProgramme(account("evaluator"), new NewProgramme(PROGRAMME_KEY, "Paper survey test", "recovery-knowledge-v2",
                List.of("Community Team North", "Supported Living East"), List.of(
                new NewProgramme.NewWave("before", today.minusDays(3), today.plusDays(20)),
                new NewProgramme.NewWave("after", today.plusDays(90), today.plusDays(110)))));
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
