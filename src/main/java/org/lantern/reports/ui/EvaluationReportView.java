package org.lantern.reports.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.reports.ReleaseInfo;
import org.lantern.reports.ReleaseService;
import org.lantern.reports.Report;
import org.lantern.reports.ReportException;
import org.lantern.reports.ReportService;
import org.lantern.surveys.Programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private final ReportService reports;
    private final ReleaseService releases;
    private final Clock clock;
    private final Account account;
    private final boolean everyTeam;
    private final Div toolbar = new Div();
    private final Div content = new Div();
    private CompletableFuture<?> loading = CompletableFuture.completedFuture(null);
    private @Nullable ReportChoice choice;

    EvaluationReportView(ReportService reports, ReleaseService releases, CurrentAccount currentAccount, Clock clock) {
        this.reports = reports;
        this.releases = releases;
        this.clock = clock;
        this.account = currentAccount.require();
        this.everyTeam = reports.seesEveryTeam(account);
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
        List<Programme> programmes = reports.programmesFor(account);
        toolbar.removeAll();
        content.removeAll();
        if (programmes.isEmpty()) {
            content.add(Texts.empty("There are no programmes you can see reports for yet."));
            return;
        }
        Programme programme = programmes.stream().filter(p -> p.key().equals(ReportChoice.param(query, "programme", null))).findFirst()
                .orElseGet(() -> defaultProgramme(programmes));
        Programme.Wave before = programme.wave(ReportChoice.param(query, "before", "")).orElse(programme.waves().getFirst());
        Programme.Wave after = programme.wave(ReportChoice.param(query, "after", "")).orElse(programme.waves().getLast());
        List<String> teams = new ArrayList<>();
        if (everyTeam) {
            teams.add(ReportToolbar.ALL_TEAMS);
        }
        reports.teamsFor(account, programme.key()).forEach(t -> teams.add(t.name()));
        String team = teams.contains(ReportChoice.param(query, "team", null)) ? ReportChoice.param(query, "team", null) : teams.getFirst();
        List<ReleaseInfo> versions = before.position() < after.position()
                ? reports.versions(account, programme.key(), before.key(), after.key()) : List.of();
        Integer release = versions.stream().map(ReleaseInfo::version).filter(v -> String.valueOf(v).equals(ReportChoice.param(query, "release", null)))
                .findFirst().orElse(null);
        choice = new ReportChoice(programme, before.key(), after.key(), ReportToolbar.ALL_TEAMS.equals(team) ? null : team, release);
        toolbar.add(ReportToolbar.controls(programmes, programme, before, after, teams, team, versions, release, this::go));
        load();
    }

    /** Changing a choice changes the address, so the report can be bookmarked and shared with colleagues who may see it. */
    private void go(ReportChoice next) {
        UI.getCurrent().navigate("reports/evaluation", next.query());
    }

    /** What the background work found: the release status (evaluators) and the report, or why there is none. */
    private record Loaded(ReleaseService.@Nullable ReleaseStatus status, @Nullable Report report, @Nullable String message) {
    }

    private void load() {
        ReportChoice c = choice;
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", "Preparing the report");
        content.add(new Paragraph("Preparing the report…"), progress);
        UI ui = UI.getCurrent();
        loading = CompletableFuture.supplyAsync(() -> {
            ReleaseService.ReleaseStatus status = everyTeam ? releases.status(account, c.programme().key(), c.before(), c.after()) : null;
            try {
                return new Loaded(status, reports.report(account, c.programme().key(), c.before(), c.after(), c.team(), c.release()), null);
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
            content.add(error(errorText(error, "The report could not be prepared. Please try again.")));
            return;
        }
        if (loaded.status() != null) {
            ReleasePanel panel = new ReleasePanel(loaded.status());
            panel.addReleaseRequestedListener(e -> prepareRelease(loaded.status()));
            content.add(panel);
        }
        if (loaded.message() != null) {
            content.add(Texts.empty(loaded.message()));
        }
        Report report = loaded.report();
        if (report == null) {
            return;
        }
        content.add(new ReportDownloads(report, reports));
        new ReportSections(report).all().forEach(content::add);
    }

    /** Works out which written answers a release would show (in the background), then asks the evaluator to confirm. */
    private void prepareRelease(ReleaseService.ReleaseStatus status) {
        ReportChoice c = choice;
        loading = new ReleaseSteps(releases, account, work -> loading = work).start(c, status,
                error -> content.addComponentAsFirst(error(errorText(error, "Something went wrong. Please try again."))),
                error -> errorText(error, "The release could not be made. Please try again."),
                () -> go(new ReportChoice(c.programme(), c.before(), c.after(), c.team(), null)));
    }

    /** The service's own words when it refused, otherwise the fallback: never a stack trace. */
    static String errorText(@Nullable Throwable error, String fallback) {
        Throwable cause = error != null && error.getCause() != null ? error.getCause() : error;
        return cause instanceof ReportException ? cause.getMessage() : fallback;
    }

    private static Paragraph error(String text) {
        Paragraph message = new Paragraph(text);
        message.addClassName("lantern-error");
        return message;
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
}
