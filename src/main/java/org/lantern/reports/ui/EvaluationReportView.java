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
import org.lantern.reports.ReleaseInfo;
import org.lantern.reports.ReleaseService;
import org.lantern.reports.Report;
import org.lantern.reports.ReportException;
import org.lantern.reports.ReportFile;
import org.lantern.reports.ReportFormat;
import org.lantern.reports.ReportService;
import org.lantern.surveys.Programme;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The evaluation report of a programme: choose the programme, the two waves, a team and (when there
 * are several) a release; the released figures are shown as tables and charts, with CSV, XLSX and
 * PDF downloads. Evaluators also see whether the pair can be released and make releases here.
 * Address: {@code reports/evaluation?programme=…&before=…&after=…&team=…&release=…}.
 */
@Route("reports/evaluation")
@PageTitle("Evaluation report | Lantern")
@Menu(title = "Evaluation report", order = 520, icon = "vaadin:bar-chart")
@RolesAllowed({Role.EVALUATOR_ROLE, Role.ADMIN_ROLE, Role.MANAGER_ROLE})
public class EvaluationReportView extends Div implements BeforeEnterObserver {

    static final String ALL_TEAMS = "All teams";
    static final String LATEST = "Latest";

    private final ReportService reports;
    private final ReleaseService releases;
    private final Clock clock;
    private final String username;
    private final boolean everyTeam;
    private final Div toolbar = new Div();
    private final Div content = new Div();
    private CompletableFuture<?> loading = CompletableFuture.completedFuture(null);
    private @Nullable Choice choice;

    /** What the page shows: which programme, waves, team and release. */
    private record Choice(Programme programme, String before, String after, @Nullable String team, @Nullable Integer release) {
    }

    EvaluationReportView(ReportService reports, ReleaseService releases, CurrentAccount currentAccount, Clock clock) {
        this.reports = reports;
        this.releases = releases;
        this.clock = clock;
        var account = currentAccount.require();
        this.username = account.username();
        this.everyTeam = account.hasRole(Role.EVALUATOR) || account.hasRole(Role.ADMIN);
        addClassName("lantern-page");
        toolbar.addClassName("lantern-toolbar");
        content.getElement().setAttribute("aria-live", "polite");
        Paragraph intro = new Paragraph(everyTeam
                ? "How staff answers changed between two surveys of a programme, for all teams and team by team. Figures are "
                + "released once both surveys have closed, and only for groups large enough that nobody's answers can be worked out."
                : "How your team's answers changed between two surveys. You see your own team's released figures only, once an "
                + "evaluator has released them after both surveys closed; figures from small groups are hidden.");
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
        Programme.Wave before = programme.wave(orEmpty(first(query, "before"))).orElse(programme.waves().getFirst());
        Programme.Wave after = programme.wave(orEmpty(first(query, "after"))).orElse(programme.waves().getLast());
        List<String> teams = new ArrayList<>();
        if (everyTeam) {
            teams.add(ALL_TEAMS);
        }
        reports.teamsFor(username, programme.key()).forEach(t -> teams.add(t.name()));
        String team = teams.contains(first(query, "team")) ? first(query, "team") : teams.getFirst();
        List<ReleaseInfo> versions = before.position() < after.position()
                ? reports.versions(username, programme.key(), before.key(), after.key()) : List.of();
        Integer release = versions.stream().map(ReleaseInfo::version).filter(v -> String.valueOf(v).equals(first(query, "release")))
                .findFirst().orElse(null);
        choice = new Choice(programme, before.key(), after.key(), ALL_TEAMS.equals(team) ? null : team, release);
        createToolbar(programmes, programme, before, after, teams, team, versions, release);
        load();
    }

    private void createToolbar(List<Programme> programmes, Programme programme, Programme.Wave before, Programme.Wave after,
                               List<String> teams, String team, List<ReleaseInfo> versions, @Nullable Integer release) {
        Select<Programme> programmeSelect = select("report-programme", "Programme", programmes, programme, Programme::title);
        Select<Programme.Wave> beforeSelect = select("report-before", "Before", programme.waves(), before, w -> ReportFormat.wave(w.key()));
        Select<Programme.Wave> afterSelect = select("report-after", "After", programme.waves(), after, w -> ReportFormat.wave(w.key()));
        Select<String> teamSelect = select("report-team", "Team", teams, team, t -> t);
        programmeSelect.addValueChangeListener(e -> go(new Choice(e.getValue(), "", "", null, null)));
        beforeSelect.addValueChangeListener(e -> go(new Choice(programme, e.getValue().key(), after.key(), teamOf(teamSelect), null)));
        afterSelect.addValueChangeListener(e -> go(new Choice(programme, before.key(), e.getValue().key(), teamOf(teamSelect), null)));
        teamSelect.addValueChangeListener(e -> go(new Choice(programme, before.key(), after.key(), teamOf(teamSelect), release)));
        toolbar.add(programmeSelect, beforeSelect, afterSelect, teamSelect);
        if (versions.size() > 1) {
            List<String> labels = new ArrayList<>(List.of(LATEST));
            versions.reversed().forEach(v -> labels.add(versionLabel(v)));
            String current = release == null ? LATEST : labels.stream().filter(l -> l.startsWith("Release " + release + " "))
                    .findFirst().orElse(LATEST);
            Select<String> releaseSelect = select("report-release", "Release", labels, current, l -> l);
            releaseSelect.addValueChangeListener(e -> go(new Choice(programme, before.key(), after.key(), teamOf(teamSelect),
                    LATEST.equals(e.getValue()) ? null : Integer.valueOf(e.getValue().split(" ")[1]))));
            toolbar.add(releaseSelect);
        }
    }

    private static String versionLabel(ReleaseInfo v) {
        return "Release " + v.version() + " (" + ReportFormat.date(v.releasedAt().atZone(ZoneId.systemDefault()).toLocalDate()) + ")";
    }

    private static @Nullable String teamOf(Select<String> teamSelect) {
        return ALL_TEAMS.equals(teamSelect.getValue()) ? null : teamSelect.getValue();
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
    private void go(Choice next) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("programme", next.programme().key());
        if (!next.before().isEmpty()) {
            parameters.put("before", next.before());
        }
        if (!next.after().isEmpty()) {
            parameters.put("after", next.after());
        }
        if (next.team() != null) {
            parameters.put("team", next.team());
        }
        if (next.release() != null) {
            parameters.put("release", String.valueOf(next.release()));
        }
        UI.getCurrent().navigate("reports/evaluation", QueryParameters.simple(parameters));
    }

    /** What the background work found: the release status (evaluators) and the report, or why there is none. */
    private record Loaded(ReleaseService.@Nullable ReleaseStatus status, @Nullable Report report, @Nullable String message) {
    }

    private void load() {
        Choice c = choice;
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", "Preparing the report");
        content.add(new Paragraph("Preparing the report…"), progress);
        UI ui = UI.getCurrent();
        loading = CompletableFuture.supplyAsync(() -> {
            ReleaseService.ReleaseStatus status = everyTeam ? releases.status(username, c.programme().key(), c.before(), c.after()) : null;
            try {
                return new Loaded(status, reports.report(username, c.programme().key(), c.before(), c.after(), c.team(), c.release()), null);
            } catch (ReportException e) {
                if (e.kind() != ReportException.Kind.NOT_FOUND) {
                    throw e;
                }
                return new Loaded(status, null, everyTeam ? null : "Figures for your team will appear here once an evaluator "
                        + "releases them. That happens after both surveys have closed.");
            }
        }).whenComplete((loaded, error) -> ui.access(() -> show(loaded, error)));
    }

    private void show(@Nullable Loaded loaded, @Nullable Throwable error) {
        content.removeAll();
        if (loaded == null) {
            Throwable cause = error != null && error.getCause() != null ? error.getCause() : error;
            Paragraph message = new Paragraph(cause instanceof ReportException ? cause.getMessage()
                    : "The report could not be prepared. Please try again.");
            message.addClassName("lantern-error");
            content.add(message);
            return;
        }
        if (loaded.status() != null) {
            ReleasePanel panel = new ReleasePanel(loaded.status());
            panel.addReleaseRequestedListener(e -> prepareRelease(loaded.status()));
            content.add(panel);
        }
        if (loaded.message() != null) {
            Paragraph message = new Paragraph(loaded.message());
            message.addClassName("lantern-empty");
            content.add(message);
        }
        Report report = loaded.report();
        if (report == null) {
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

    /** Works out which written answers a release would show (in the background), then asks the evaluator to confirm. */
    private void prepareRelease(ReleaseService.ReleaseStatus status) {
        Choice c = choice;
        UI ui = UI.getCurrent();
        loading = CompletableFuture.supplyAsync(() -> releases.pendingComments(username, c.programme().key(), c.before(), c.after()))
                .whenComplete((comments, error) -> ui.access(() -> {
                    if (comments == null) {
                        showError(error);
                        return;
                    }
                    ReleaseDialog dialog = new ReleaseDialog(c.programme().title(), status, comments);
                    dialog.addConfirmedListener(e -> release(dialog, e.reviewed(), e.remove()));
                    dialog.open();
                }));
    }

    private void release(ReleaseDialog dialog, java.util.Set<String> reviewed, java.util.Set<String> remove) {
        Choice c = choice;
        UI ui = UI.getCurrent();
        loading = CompletableFuture.supplyAsync(() -> releases.release(username, c.programme().key(), c.before(), c.after(), remove, reviewed))
                .whenComplete((made, error) -> ui.access(() -> {
                    if (made == null) {
                        Throwable cause = error != null && error.getCause() != null ? error.getCause() : error;
                        dialog.showError(cause instanceof ReportException ? cause.getMessage() : "The release could not be made. Please try again.");
                        return;
                    }
                    dialog.close();
                    go(new Choice(c.programme(), c.before(), c.after(), c.team(), null));
                }));
    }

    private void showError(@Nullable Throwable error) {
        Throwable cause = error != null && error.getCause() != null ? error.getCause() : error;
        Paragraph message = new Paragraph(cause instanceof ReportException ? cause.getMessage() : "Something went wrong. Please try again.");
        message.addClassName("lantern-error");
        content.addComponentAsFirst(message);
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

    /** The work going on in the background, so tests can wait for it. */
    CompletableFuture<?> loading() {
        return loading;
    }

    /** The newest programme whose last survey has closed, otherwise the newest. */
    private Programme defaultProgramme(List<Programme> programmes) {
        LocalDate today = LocalDate.now(clock);
        return programmes.stream().filter(p -> p.waves().getLast().isClosed(today)).findFirst().orElse(programmes.getFirst());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
