package org.lantern.surveys.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.base.ui.WideTable;
import org.lantern.base.ReportingProperties;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.surveys.ImportResult;
import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyException;
import org.lantern.surveys.SurveyImport;
import org.lantern.surveys.SurveyInvitations;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseRates;
import org.lantern.surveys.ResponseImport;

import java.io.File;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * One programme for evaluators: waves, response rates per team, CSV import of paper answers, the
 * record of imports, and archiving once the last wave has closed.
 */
@Route("programmes/:key")
@RolesAllowed({Role.EVALUATOR_ROLE, Role.ADMIN_ROLE})
public class ProgrammeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Programmes programmes;
    private final ResponseRates responseRates;
    private final ResponseImport responseImport;
    private final ReportingProperties reporting;
    private final SurveyInvitations invitations;
    private final Account account;
    private final Div rates = new Div();
    private final Div importResult = new Div();
    private final ProgressBar progress = new ProgressBar();
    private Programme programme;

    ProgrammeView(Programmes programmes, ResponseRates responseRates, ResponseImport responseImport, ReportingProperties reporting, CurrentAccount currentAccount, SurveyInvitations invitations) {
        this.invitations = invitations;
        this.programmes = programmes;
        this.responseRates = responseRates;
        this.responseImport = responseImport;
        this.reporting = reporting;
        this.account = currentAccount.require();
        addClassName("lantern-page");
        importResult.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        programme = programmes.programme(event.getRouteParameters().get("key").orElse("")).orElse(null);
        if (programme == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        add(new Anchor("programmes", "All programmes"), new H1(programme.title()));
        add(new Paragraph("Survey: " + programme.surveyKey() + " · Teams: "
                + programme.teams().stream().map(Programme.TeamRef::name).collect(Collectors.joining(", "))));
        add(new Paragraph("Waves: " + programme.waves().stream().map(w -> SurveyLinks.waveLabel(w.key()) + " from "
                + SurveyLinks.date(w.opens()) + " to " + SurveyLinks.date(w.closes())).collect(Collectors.joining("; ")) + "."));
        add(new H2("Response rates"), rates);
        if (!programme.archived()) {
            add(createImport());
        }
        add(createImports(), new ReminderDaysPanel(invitations.reminderDays(programme.key()),
                days -> invitations.setReminderDays(account, programme.key(), days)), createArchive());
        showRates();
    }

    private Component createImports() {
        Div box = new Div(new H2("Imports"));
        List<SurveyImport> imports = responseImport.imports(programme.id());
        box.add(new Paragraph(imports.isEmpty() ? "No answers have been imported into this programme."
                : imports.stream().map(i -> SurveyLinks.date(i.importedOn()) + ": " + i.responses() + " response(s) imported by "
                + i.importedBy()).collect(Collectors.joining("; ")) + "."));
        return box;
    }

    private Component createArchive() {
        ArchivePanel panel = new ArchivePanel(programme, programmes.whyNotArchivable(programme.key()));
        panel.addArchiveListener(e -> {
            try {
                programmes.archiveProgramme(account, programme.key());
                programme = programmes.programme(programme.key()).orElseThrow();
                show();
            } catch (SurveyException ex) {
                panel.showError(ex.getMessage());
            }
        });
        return panel;
    }

    private void showRates() {
        rates.removeAll();
        rates.add(WideTable.of(ResponseRatesGrid.of(responseRates.responseRates(account, programme.key()), reporting.suppressedLabel())));
        rates.add(Texts.meta("Counts for teams with " + reporting.suppressedLabel() + " people are hidden to protect privacy."));
    }

    private Component createImport() {
        Div box = new Div(new H2("Import answers collected elsewhere"));
        box.add(new Paragraph("Upload a CSV file whose first line is participant,team,wave followed by item keys of the survey. "
                + "participant is your own code for each person (the same code in each wave), team a team of this programme, "
                + "wave a wave key. Use a number on the scale, the option text for knowledge questions, or text; leave a cell "
                + "empty for no answer, and write NA for \"Not applicable\" where a question offers it. Rows with problems are listed by line and the rest are imported."));
        Checkbox replace = new Checkbox("Replace answers already in Lantern for the same participant and wave");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Import progress");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> runImport(ui, file, replace.getValue())));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(200 * 1024 * 1024);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Drop a CSV file here"));
        box.add(replace, upload, progress, importResult);
        return box;
    }

    private void runImport(UI ui, File file, boolean replace) {
        ui.access(() -> {
            progress.setVisible(true);
            importResult.removeAll();
            importResult.add(new Paragraph("Importing…"));
        });
        CompletableFuture.supplyAsync(() -> {
            try (Reader reader = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
                return responseImport.importCsv(account, programme.key(), reader, replace,
                        rows -> ui.access(() -> importResult.getChildren().findFirst()
                                .ifPresent(c -> ((Paragraph) c).setText("Importing… " + rows + " rows read"))));
            } catch (java.io.IOException e) {
                throw new SurveyException("The file could not be read.");
            } finally {
                file.delete();
            }
        }).whenComplete((result, error) -> ui.access(() -> {
            progress.setVisible(false);
            importResult.removeAll();
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                Paragraph p = new Paragraph("Nothing was imported: " + (cause instanceof SurveyException ? cause.getMessage() : "the file could not be processed."));
                p.addClassName("lantern-error");
                importResult.add(p);
                return;
            }
            show();
            showResult(result);
        }));
    }

    private void showResult(ImportResult result) {
        Paragraph summary = new Paragraph(result.imported() + " row(s) imported, " + result.rejected().size() + " rejected.");
        summary.addClassName(result.rejected().isEmpty() ? "lantern-done" : "lantern-warning");
        importResult.add(summary);
        if (!result.rejected().isEmpty()) {
            Grid<ImportResult.Rejection> grid = new Grid<>();
            grid.addColumn(ImportResult.Rejection::line).setHeader("Line").setAutoWidth(true);
            grid.addColumn(ImportResult.Rejection::reason).setHeader("Why it was not imported").setFlexGrow(1);
            grid.setItems(result.rejected().size() > 500 ? result.rejected().subList(0, 500) : result.rejected());
            grid.setAriaLabel("Rejected rows");
            grid.setHeight("20rem");
            importResult.add(grid);
        }
    }

    @Override
    public String getPageTitle() {
        return (programme == null ? "Programme" : programme.title()) + " | Lantern";
    }
}
