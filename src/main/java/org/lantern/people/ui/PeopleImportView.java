package org.lantern.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.people.ImportOptions;
import org.lantern.people.ImportPlan;
import org.lantern.people.PeopleException;
import org.lantern.people.PeopleImport;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Administrators import people from the HR or rostering system's CSV export: preview first, then apply. */
@Route("admin/people/import")
@PageTitle("Import people | Lantern")
@Menu(title = "Import people", order = 801, icon = "vaadin:upload")
@RolesAllowed(Role.ADMIN_ROLE)
public class PeopleImportView extends Div {

    private final PeopleImport imports;
    private final Account admin;
    private final Checkbox createTeams = new Checkbox("Create teams that do not exist yet");
    private final Checkbox leavers = new Checkbox("People with an account who are missing from the file are leavers: "
            + "disable their accounts");
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Button apply = new Button("Apply these changes");
    private final ImportPlanPanel plan = new ImportPlanPanel();
    private byte[] file;

    PeopleImportView(PeopleImport imports, CurrentAccount currentAccount) {
        this.imports = imports;
        this.admin = currentAccount.require();
        addClassName("lantern-page");
        add(new H1("Import people"), createExplanation(), createChoices(), createUpload(), createStatus(), plan);
    }

    private Component createExplanation() {
        Div box = new Div();
        box.add(new Paragraph("Upload the CSV export of your HR or rostering system (UTF-8). Its first line names these "
                + "columns, separated by commas, in any order: username, display_name, email, teams, roles, manages, active. "
                + "Separate several teams, roles or managed teams with ; (for example Ward 1;Ward 2). Roles are staff, manager, "
                + "evaluator and editor; active is true or false."));
        box.add(new Paragraph("You see what will change before anything is written. People are matched by user name. "
                + "A leaver (active false) keeps their account and history but can no longer sign in, and is signed out "
                + "at once; nobody is deleted. The import never gives, removes or disables administrator rights."));
        box.add(new Paragraph("People the import adds have no password, so they cannot sign in yet (People and teams "
                + "says \"No password yet\"): for each one, an administrator sets a password or links their organisation "
                + "sign-in there. Lantern does not send set-password e-mails."));
        return box;
    }

    private Component createChoices() {
        createTeams.addValueChangeListener(e -> preview());
        leavers.addValueChangeListener(e -> preview());
        return new Div(createTeams, leavers);
    }

    private Component createUpload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            file = bytes;
            preview();
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PeopleImport.MAX_BYTES);
        upload.setDropLabel(new Span("Drop the CSV file here"));
        upload.addFileRejectedListener(e -> fail("The file was not taken: " + e.getErrorMessage()
                + " Upload a CSV file of at most " + PeopleImport.MAX_BYTES / (1024 * 1024) + " MB."));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        return upload;
    }

    private Component createStatus() {
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Import progress");
        status.getElement().setAttribute("role", "status");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setVisible(false);
        apply.addClickListener(e -> run("Importing…", () -> imports.apply(admin, file, options())));
        return new Div(progress, status, apply);
    }

    private ImportOptions options() {
        return new ImportOptions(createTeams.getValue(), leavers.getValue());
    }

    private void preview() {
        if (file != null) {
            run("Checking the file…", () -> imports.plan(admin, file, options()));
        }
    }

    /** Plans and imports can take a few seconds for a large organisation: they run in the background. */
    private void run(String working, Supplier<ImportPlan> work) {
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        apply.setEnabled(false);
        status.setText(working);
        status.removeClassName("lantern-error");
        plan.clear();
        CompletableFuture.supplyAsync(work).whenComplete((result, error) -> ui.access(() -> {
            progress.setVisible(false);
            if (result == null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                fail("Nothing was changed: " + (cause instanceof PeopleException ? cause.getMessage()
                        : "the file could not be processed."));
                return;
            }
            status.setText("");
            plan.show(result);
            apply.setVisible(!result.applied());
            apply.setEnabled(!result.applied());
            if (result.applied()) {
                file = null;
            }
        }));
    }

    private void fail(String message) {
        progress.setVisible(false);
        apply.setVisible(false);
        status.setText(message);
        status.addClassName("lantern-error");
        plan.clear();
    }
}
