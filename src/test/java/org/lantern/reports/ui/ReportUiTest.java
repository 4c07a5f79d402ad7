package org.lantern.reports.ui;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.ui.NotAllowedView;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseImport;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The report page without a browser: what evaluators, managers and staff see, and releasing figures. */
class ReportUiTest extends KaribuTest {

    @Autowired
    PeopleService people;

    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    org.lantern.reports.ReleaseService releases;

    /** Waits for the work in the background and shows its result. */
    private EvaluationReportView ready() {
        EvaluationReportView view = (EvaluationReportView) UI.getCurrent().getCurrentView();
        view.loading().join();
        MockVaadin.clientRoundtrip(false);
        return view;
    }

    /** Opens the report with query parameters, like following a bookmarked address. */
    private static void openReport(String query) {
        UI.getCurrent().navigate("reports/evaluation", com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private static List<String> captions() {
        return _find(NativeTable.class).stream().map(NativeTable::getCaptionText).toList();
    }

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void evaluatorsSeeTheWholeProgrammeAndCanChooseATeam() {
        signIn("evaluator");
        openReport("programme=recovery-practice-2026");
        ready();
        assertThat(captions()).contains("Who took part, by team", "Theme scores: All teams", "Agree/disagree questions: All teams",
                "Knowledge questions: percentage who chose the correct answer", "Average change in each theme, team by team");
        assertThat(paragraphs()).anySatisfy(p -> assertThat(p).startsWith("Release 1, made on").contains("by Evan Evaluator"));
        assertThat(paragraphs()).contains("Nothing new to release: no responses have arrived since release 1.");
        assertThat(paragraphs()).anySatisfy(p -> assertThat(p).startsWith("Discrimination: whether people who did well"));
        assertThat(_find(Div.class, spec -> spec.withClasses("lantern-chart-drawing")))
                .extracting(d -> d.getElement().getProperty("innerHTML"))
                .anySatisfy(svg -> assertThat(svg).contains("role=\"img\"", "<title id=\"chart-themes-title\">Theme scores before and after"));
        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .contains("Download Data for R or SPSS (CSV)", "Download Spreadsheet (XLSX)", "Download Board paper (PDF)",
                        "Download Analysis files (SPSS, R, Stata)");

        Select<String> team = _get(Select.class, spec -> spec.withLabel("Team"));
        assertThat(team.getValue()).isEqualTo("All teams");
        team.setValue("Acute Ward Two");
        ready();
        assertThat(captions()).contains("Theme scores: Acute Ward Two").doesNotContain("Theme scores: All teams",
                "Average change in each theme, team by team");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).contains("team=Acute");
    }

    @Test
    @SuppressWarnings("unchecked")
    void managersChooseOnlyAmongTheirOwnTeams() {
        signIn("manager");
        openReport("programme=recovery-practice-2026");
        ready();
        Select<String> team = _get(Select.class, spec -> spec.withLabel("Team"));
        assertThat(team.getListDataView().getItems().toList()).containsExactly("Community Team North", "Supported Living East");
        assertThat(captions()).contains("Theme scores: Community Team North");
        assertThat(_find(NativeTableCell.class)).extracting(NativeTableCell::getText).doesNotContain("Acute Ward Two");
        assertThat(_find(Button.class)).extracting(Button::getText).doesNotContain("Release figures…", "Make a new release…");

        openReport("programme=recovery-practice-2026&team=Acute%20Ward%20Two");
        ready();
        assertThat(captions()).contains("Theme scores: Community Team North").doesNotContain("Theme scores: Acute Ward Two");
    }

    @Test
    void theFormsWithoutACodeAreASectionOfTheirOwnLabelledAsWeakerEvidence() {
        signIn("evaluator");
        openReport("programme=recovery-practice-2026");
        ready();
        assertThat(captions()).contains("Weaker evidence: everyone before against everyone after, including forms without a code: All teams");
        assertThat(_find(com.vaadin.flow.component.html.H2.class)).extracting(com.vaadin.flow.component.html.H2::getText)
                .anySatisfy(h -> assertThat(h).contains("Weaker evidence: answers without a participant code"));
        assertThat(paragraphs()).anySatisfy(p -> assertThat(p).contains("the paired figures remain the main result"));
    }

    @Test
    void managersSeeNothingBeforeTheFiguresAreReleased() {
        signIn("manager");
        openReport("programme=strengths-pilot");
        ready();
        assertThat(captions()).isEmpty();
        assertThat(paragraphs()).contains("Figures for your team will appear here once an evaluator releases them. That happens "
                + "after both surveys have closed.");
    }

    @Test
    void theEvaluatorReleasesFiguresAfterReviewingWhatPeopleWrote() {
        if (programmes.programme("report-ui-release").isEmpty()) {
            createFinishedProgramme("report-ui-release");
        }
        signIn("evaluator");
        openReport("programme=report-ui-release");
        ready();
        assertThat(paragraphs()).contains("No figures have been released for these surveys yet. Figures are worked out once, after "
                + "both surveys have closed, checked so that nobody's answers can be worked out from them, and then never change.");
        assertThat(captions()).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("release-figures")));
        ready();
        List<Checkbox> removals = _find(Checkbox.class, spec -> spec.withLabel("Remove this answer before release"));
        assertThat(removals).hasSize(6);
        assertThat(paragraphs()).contains("Our ward manager Sam Smith helped most");
        removals.stream().filter(c -> c.getParent().orElseThrow().getChildren()
                .anyMatch(x -> x instanceof Paragraph p && p.getText().contains("Sam Smith"))).findFirst().orElseThrow().setValue(true);
        _click(_get(Button.class, spec -> spec.withId("release-confirm")));
        ready();
        ready();
        assertThat(captions()).contains("Theme scores: All teams");
        assertThat(paragraphs()).anySatisfy(p -> assertThat(p).startsWith("Release 1, made on"));
        assertThat(paragraphs()).contains("1 answer was removed by the evaluator before the release.")
                .noneSatisfy(p -> assertThat(p).contains("Sam Smith"));
    }

    @Test
    void notApplicableAnswersAreCountedBesideTheQuestionsNotInThem() {
        if (programmes.programme("report-ui-na").isEmpty()) {
            createNotApplicableProgramme("report-ui-na");
        }
        signIn("evaluator");
        openReport("programme=report-ui-na");
        ready();
        assertThat(captions()).contains("Answered \"Not applicable\": All teams");
        NativeTable table = _find(NativeTable.class).stream()
                .filter(t -> t.getCaptionText().equals("Answered \"Not applicable\": All teams")).findFirst().orElseThrow();
        assertThat(_find(table, com.vaadin.flow.component.html.NativeTableHeaderCell.class))
                .extracting(com.vaadin.flow.component.html.NativeTableHeaderCell::getText)
                .contains("I ask people whether, and how, they want family, friends or carers to be involved.");
        // carers-1 comes first of the five questions that offer it; nobody answered it to the others
        assertThat(_find(table, NativeTableCell.class)).extracting(NativeTableCell::getText)
                .containsExactly("6", "6", "0", "0", "0", "0", "0", "0", "0", "0");
        assertThat(paragraphs()).anySatisfy(p -> assertThat(p).startsWith("Some questions let people answer \"Not applicable\"."));
    }

    /** Twelve people on paper, six of whom answer "Not applicable" to carers-1 in both surveys; released. */
    private void createNotApplicableProgramme(String key) {
        LocalDate start = LocalDate.now().minusDays(300);
        programmes.createProgramme(account("evaluator"), new NewProgramme(key, "UI not applicable test", "recovery-knowledge-v2",
                List.of("UI NA Team"), List.of(new NewProgramme.NewWave("before", start, start.plusDays(20)),
                        new NewProgramme.NewWave("after", start.plusDays(150), start.plusDays(170)))));
        List<String> items = List.of("carers-2", "carers-b2", "carers-1", "carers-p2", "carers-4");
        StringBuilder csv = new StringBuilder("participant,team,wave," + String.join(",", items) + "\n");
        for (int p = 0; p < 12; p++) {
            for (int w = 0; w < 2; w++) {
                csv.append("N").append(p).append(",UI NA Team,").append(w == 0 ? "before" : "after");
                for (int i = 0; i < items.size(); i++) {
                    csv.append(',').append(items.get(i).equals("carers-1") && p < 6 ? "NA" : String.valueOf(1 + (p + i + w) % 5));
                }
                csv.append('\n');
            }
        }
        assertThat(responseImport.importCsv(account("evaluator"), key, new StringReader(csv.toString()), false, n -> { }).rejected()).isEmpty();
        releases.release(account("evaluator"), key, null, null, java.util.Set.of(), null);
    }

    @Test
    void staffCannotOpenReports() {
        signIn("staff");
        assertThat(open("reports/evaluation")).isInstanceOf(NotAllowedView.class);
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).noneMatch(text -> text.startsWith("Download"));
        signIn("editor");
        assertThat(open("reports/evaluation")).isInstanceOf(NotAllowedView.class);
    }

    /** Six people on paper, before and after, each writing a comment after; one comment names someone. */
    private void createFinishedProgramme(String key) {
        SurveyDefinition survey = programmes.survey("recovery-knowledge").orElseThrow();
        LocalDate start = LocalDate.now().minusDays(300);
        programmes.createProgramme(account("evaluator"), new NewProgramme(key, "UI release test", survey.key(), List.of("UI Release Team"),
                List.of(new NewProgramme.NewWave("before", start, start.plusDays(20)),
                        new NewProgramme.NewWave("after", start.plusDays(150), start.plusDays(170)))));
        StringBuilder csv = new StringBuilder("participant,team,wave,hope-1,hope-2,comments\n");
        for (int p = 0; p < 6; p++) {
            csv.append("U").append(p).append(",UI Release Team,before,").append(1 + p % 3).append(',').append(2 + p % 2).append(",\n");
            csv.append("U").append(p).append(",UI Release Team,after,").append(2 + p % 4).append(',').append(3 + p % 3).append(',')
                    .append(p == 2 ? "Our ward manager Sam Smith helped most" : "\"It helped, person " + p + "\"").append('\n');
        }
        var result = responseImport.importCsv(account("evaluator"), key, new StringReader(csv.toString()), false, n -> { });
        assertThat(result.rejected()).isEmpty();
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
