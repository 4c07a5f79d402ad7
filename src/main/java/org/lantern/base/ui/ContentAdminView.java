package org.lantern.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.content.ContentProblem;
import org.lantern.base.content.ContentReloadStarted;
import org.lantern.base.content.ContentService;
import org.lantern.base.security.Role;
import org.springframework.context.ApplicationEventPublisher;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;

/** Editors and administrators see what content is live, every problem in the files, and reload it. */
@Route("admin/content")
@PageTitle("Content | Lantern")
@Menu(title = "Content", order = 810, icon = "vaadin:file-text-o")
@RolesAllowed({Role.ADMIN_ROLE, Role.EDITOR_ROLE})
public class ContentAdminView extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ContentService content;
    private final Paragraph summary = new Paragraph();
    private final Grid<ContentService.CatalogueCount> counts = new Grid<>();
    private final Grid<ContentProblem> problems = new Grid<>();
    private final Paragraph noProblems = new Paragraph("No problems found in the content files.");
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Button reload = new Button("Reload content");

    private final ApplicationEventPublisher events;

    ContentAdminView(ContentService content, ApplicationEventPublisher events) {
        this.content = content;
        this.events = events;
        PageHeader.add(this, "Content", "Modules, stories, surveys, tools and other texts are read from the content "
                + "files. After editing them, reload here: a file with a problem is listed below and skipped, and "
                + "its last good version stays live.");
        add(createReloadBar(), summary, createCounts(), new H2("Problems"), noProblems, createProblems());
        show(content.lastReport());
    }

    private Component createReloadBar() {
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.setDisableOnClick(true);
        reload.addClickListener(e -> startReload());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Reload progress");
        progress.setWidth("16rem");
        Div bar = new Div(reload, progress);
        bar.addClassName("lantern-toolbar");
        return bar;
    }

    private Component createCounts() {
        counts.addColumn(ContentService.CatalogueCount::title).setHeader("Kind of content");
        counts.addColumn(ContentService.CatalogueCount::items).setHeader("Live items");
        counts.setAllRowsVisible(true);
        counts.setAriaLabel("Live content");
        return counts;
    }

    private Component createProblems() {
        problems.addColumn(ContentProblem::file).setHeader("File").setAutoWidth(true);
        problems.addColumn(p -> p.line() > 0 ? String.valueOf(p.line()) : "").setHeader("Line").setAutoWidth(true);
        problems.addColumn(ContentProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setAriaLabel("Problems in content files");
        return problems;
    }

    private void startReload() {
        UI ui = UI.getCurrent();
        // announced here, on the request of the person who pressed the button (the reload runs in the background)
        events.publishEvent(new ContentReloadStarted(content.lastReport().origin()));
        progress.setValue(0);
        progress.setVisible(true);
        CompletableFuture.supplyAsync(() -> content.reload(p -> ui.access(() -> progress.setValue(p))))
                .whenComplete((report, error) -> ui.access(() -> {
                    progress.setVisible(false);
                    reload.setEnabled(true);
                    if (report != null) {
                        show(report);
                    } else {
                        summary.setText("Reloading failed: " + error.getMessage());
                    }
                }));
    }

    private void show(ContentService.LoadReport report) {
        summary.setText("Loaded from " + report.origin() + " at " + TIME.format(report.loadedAt()) + ", with "
                + report.problems().size() + " problem(s).");
        counts.setItems(report.counts());
        problems.setItems(report.problems());
        problems.setVisible(!report.problems().isEmpty());
        noProblems.setVisible(report.problems().isEmpty());
    }
}
