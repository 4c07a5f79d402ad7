package org.lantern.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.lantern.people.CurrentAccount;
import org.lantern.people.Role;
import org.lantern.reports.ExportFormat;
import org.lantern.reports.Report;
import org.lantern.reports.ReportException;
import org.lantern.reports.ReportFile;
import org.lantern.reports.ReportFormat;
import org.lantern.reports.ReportService;
import org.lantern.surveys.Programme;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The evaluation report of a programme: choose the programme, the two waves and a team; the figures
 * are worked out in the background and shown as tables and charts, with CSV, XLSX and PDF downloads.
 * Address: {@code reports/evaluation?programme=…&before=…&after=…&team=…}.
 */
@Route("reports/evaluation")
@PageTitle("Evaluation report | Lantern")
@Menu(title = "Evaluation report", order = 520, icon = "vaadin:bar-chart")
@RolesAllowed({Role.EVALUATOR_ROLE, Role.ADMIN_ROLE, Role.MANAGER_ROLE})
public class EvaluationReportView extends Div implements BeforeEnterObserver {

    static final String ALL_TEAMS = "All teams";

    private final ReportService reports;
    private final String username;
    private final boolean everyTeam;
    private final Div toolbar = new Div();
    private final Div content = new Div();
    private CompletableFuture<?> loading = CompletableFuture.completedFuture(null);

    EvaluationReportView(ReportService reports, CurrentAccount currentAccount) {
        this.reports = reports;
        var account = currentAccount.require();
        this.username = account.username();
        this.everyTeam = account.hasRole(Role.EVALUATOR) || account.hasRole(Role.ADMIN);
        addClassName("lantern-page");
        toolbar.addClassName("lantern-toolbar");
        content.getElement().setAttribute("aria-live", "polite");
        Paragraph intro = new Paragraph(everyTeam
                ? "How staff answers changed between two surveys of a programme, for all teams and team by team. Every figure "
                + "is for a group of people, and figures from small groups are hidden."
                : "How your team's answers changed between two surveys. You see your own team's figures only, and figures "
                + "from small groups are hidden.");
        add(new H1("Evaluation report"), intro, toolbar, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        List<Programme> programmes = reports.programmesFor(username);
        toolbar.removeAll();
        content.removeAll();
        if (programmes.isEmpty()) {
            Paragraph empty = new Paragraph("There are no programmes you can see reports for yet.");
            empty.addClassName("lantern-empty");
            content.add(empty);
            return;
        }
        Programme programme = programmes.stream().filter(p -> p.key().equals(first(query, "programme"))).findFirst()
                .orElseGet(() -> defaultProgramme(programmes));
        Programme.Wave before = programme.wave(first(query, "before")).orElse(programme.waves().getFirst());
        Programme.Wave after = programme.wave(first(query, "after")).orElse(programme.waves().getLast());
        List<String> teams = new ArrayList<>();
        if (everyTeam) {
            teams.add(ALL_TEAMS);
        }
        reports.teamsFor(username, programme.key()).forEach(t -> teams.add(t.name()));
        String team = teams.contains(first(query, "team")) ? first(query, "team") : teams.getFirst();
        createToolbar(programmes, programme, before, after, teams, team);
        load(programme.key(), before.key(), after.key(), ALL_TEAMS.equals(team) ? null : team);
    }

    private void createToolbar(List<Programme> programmes, Programme programme, Programme.Wave before, Programme.Wave after,
                               List<String> teams, String team) {
        Select<Programme> programmeSelect = select("report-programme", "Programme", programmes, programme, Programme::title);
        Select<Programme.Wave> beforeSelect = select("report-before", "Before", programme.waves(), before, w -> ReportFormat.wave(w.key()));
        Select<Programme.Wave> afterSelect = select("report-after", "After", programme.waves(), after, w -> ReportFormat.wave(w.key()));
        Select<String> teamSelect = select("report-team", "Team", teams, team, t -> t);
        programmeSelect.addValueChangeListener(e -> go(e.getValue(), null, null, null));
        beforeSelect.addValueChangeListener(e -> go(programme, e.getValue().key(), afterSelect.getValue().key(), teamSelect.getValue()));
        afterSelect.addValueChangeListener(e -> go(programme, beforeSelect.getValue().key(), e.getValue().key(), teamSelect.getValue()));
        teamSelect.addValueChangeListener(e -> go(programme, beforeSelect.getValue().key(), afterSelect.getValue().key(), e.getValue()));
        toolbar.add(programmeSelect, beforeSelect, afterSelect, teamSelect);
    }

    private static <T> Select<T> select(String id, String label, List<T> items, T value,
                                        com.vaadin.flow.component.ItemLabelGenerator<T> names) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(names);
        select.setValue(value);
        return select;
    }

    /** Changing a choice changes the address, so the report can be bookmarked and shared with colleagues who may see it. */
    private void go(Programme programme, @Nullable String before, @Nullable String after, @Nullable String team) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("programme", programme.key());
        if (before != null) {
            parameters.put("before", before);
        }
        if (after != null) {
            parameters.put("after", after);
        }
        if (team != null) {
            parameters.put("team", team);
        }
        UI.getCurrent().navigate("reports/evaluation", QueryParameters.simple(parameters));
    }

    private void load(String programmeKey, String before, String after, @Nullable String team) {
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", "Preparing the report");
        content.add(new Paragraph("Preparing the report…"), progress);
        UI ui = UI.getCurrent();
        loading = CompletableFuture.supplyAsync(() -> reports.report(username, programmeKey, before, after, team))
                .whenComplete((report, error) -> ui.access(() -> show(report, error)));
    }

    private void show(@Nullable Report report, @Nullable Throwable error) {
        content.removeAll();
        if (report == null) {
            Throwable cause = error != null && error.getCause() != null ? error.getCause() : error;
            Paragraph message = new Paragraph(cause instanceof ReportException ? cause.getMessage()
                    : "The report could not be prepared. Please try again.");
            message.addClassName("lantern-error");
            content.add(message);
            return;
        }
        Div downloads = new Div();
        downloads.addClassName("lantern-toolbar");
        for (ExportFormat format : ExportFormat.values()) {
            downloads.add(download(report, format));
        }
        content.add(downloads);
        new ReportSections(report).all().forEach(content::add);
    }

    private Component download(Report report, ExportFormat format) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ReportFile file = reports.export(report, format);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), "Download " + format.label());
        anchor.setDownload(true);
        anchor.addClassName("lantern-download");
        return anchor;
    }

    /** The report being prepared, so tests can wait for it. */
    CompletableFuture<?> loading() {
        return loading;
    }

    /** The newest programme whose last survey has closed, otherwise the newest. */
    private static Programme defaultProgramme(List<Programme> programmes) {
        LocalDate today = LocalDate.now();
        return programmes.stream().filter(p -> p.waves().getLast().isClosed(today)).findFirst().orElse(programmes.getFirst());
    }

    private static @Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
