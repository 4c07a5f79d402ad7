package org.lantern.reports.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.ui.NotAllowedView;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The report page without a browser: what evaluators, managers and staff see. */
class ReportUiTest extends KaribuTest {

    /** Waits for the report to be worked out in the background and shown. */
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

    @Test
    @SuppressWarnings("unchecked")
    void evaluatorsSeeTheWholeProgrammeAndCanChooseATeam() {
        signIn("evaluator");
        openReport("programme=recovery-practice-2026");
        ready();
        assertThat(captions()).contains("Who took part, by team", "Theme scores: All teams", "Agree/disagree questions: All teams",
                "Knowledge questions: percentage who chose the correct answer", "Average change in each theme, team by team");
        assertThat(_find(Div.class, spec -> spec.withClasses("lantern-chart-drawing")))
                .extracting(d -> d.getElement().getProperty("innerHTML"))
                .anySatisfy(svg -> assertThat(svg).contains("role=\"img\"", "<title id=\"chart-themes-title\">Theme scores before and after"));
        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .contains("Download Data for R or SPSS (CSV)", "Download Spreadsheet (XLSX)", "Download Board paper (PDF)");

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

        openReport("programme=recovery-practice-2026&team=Acute%20Ward%20Two");
        ready();
        assertThat(captions()).contains("Theme scores: Community Team North").doesNotContain("Theme scores: Acute Ward Two");
    }

    @Test
    void hiddenFiguresAreMarked() {
        signIn("ward.manager");
        openReport("programme=recovery-practice-2026");
        ready();
        // the demo answers are all imported from paper, so the learning link's groups are empty
        assertThat(_find(NativeTableCell.class)).filteredOn(c -> c.hasClassName("lantern-suppressed"))
                .extracting(NativeTableCell::getText).isNotEmpty().containsOnly("fewer than 5");
        assertThat(captions()).contains("People in each group", "Theme scores: Acute Ward Two");
    }

    @Test
    void staffCannotOpenReports() {
        signIn("staff");
        assertThat(open("reports/evaluation")).isInstanceOf(NotAllowedView.class);
        signIn("editor");
        assertThat(open("reports/evaluation")).isInstanceOf(NotAllowedView.class);
    }
}
