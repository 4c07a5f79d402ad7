package org.lantern.surveys.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.lantern.base.security.Account;
import org.lantern.base.ui.DownloadLink;
import org.lantern.surveys.ImportResult;
import org.lantern.surveys.PaperSurveys;
import org.lantern.surveys.ResponseImport;
import org.lantern.surveys.SurveyException;

import java.io.File;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;

/**
 * A programme's import of answers collected elsewhere: the printable survey, the CSV upload with its
 * progress, and what was imported or rejected (kept across the programme page's refresh).
 */
final class ResponseImportPanel extends Div {

    private final ResponseImport responseImport;
    private final PaperSurveys paperSurveys;
    private final Account account;
    private final String programmeKey;
    private final Runnable onImported;
    private final Div importResult = new Div();
    private final ProgressBar progress = new ProgressBar();

    ResponseImportPanel(ResponseImport responseImport, PaperSurveys paperSurveys, Account account, String programmeKey,
                        Runnable onImported) {
        this.responseImport = responseImport;
        this.paperSurveys = paperSurveys;
        this.account = account;
        this.programmeKey = programmeKey;
        this.onImported = onImported;
        importResult.getElement().setAttribute("aria-live", "polite");
        build();
    }

    private void build() {
        add(new H2("Import answers collected elsewhere"));
        add(new Paragraph("For staff who cannot use a screen at work: print the survey, then type the forms into a CSV file "
                + "with the columns its last lines give. "), DownloadLink.create("Printable survey (PDF)", PaperSurveys.fileName(
                programmeKey), "application/pdf", () -> paperSurveys.printable(account, programmeKey).pdf()));
        add(new Paragraph("Upload a CSV file whose first line is participant,team,wave followed by item keys of the survey. "
                + "participant is your own code for each person (the same code in each wave), team a team of this programme, "
                + "wave a wave key. You may leave participant empty for a form without a code: it is imported, but as it cannot be "
                + "matched with the same person's other wave it stays out of the before-and-after figures and is reported "
                + "separately as weaker evidence. Use a number on the scale, the option text for knowledge questions, or text; leave a cell "
                + "empty for no answer, and write NA for \"Not applicable\" where a question offers it. Rows with problems are listed by line and the rest are imported."));
        Checkbox replace = new Checkbox("Replace answers already in Lantern for the same participant and wave");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Import progress");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> runImport(ui, file, replace.getValue())));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(200 * 1024 * 1024);
        upload.setDropLabel(new Span("Drop a CSV file here"));
        add(replace, upload, progress, importResult);
    }

    private void runImport(UI ui, File file, boolean replace) {
        ui.access(() -> {
            progress.setVisible(true);
            importResult.removeAll();
            importResult.add(new Paragraph("Importing…"));
        });
        CompletableFuture.supplyAsync(() -> {
            try (Reader reader = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
                return responseImport.importCsv(account, programmeKey, reader, replace,
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
            onImported.run();
            showResult(result);
        }));
    }

    private void showResult(ImportResult result) {
        Paragraph summary = new Paragraph(result.imported() + " row(s) imported, " + result.rejected().size() + " rejected.");
        summary.addClassName(result.rejected().isEmpty() ? "lantern-done" : "lantern-warning");
        importResult.add(summary);
        if (result.withoutCode() > 0) {
            importResult.add(new Paragraph(result.withoutCode() + " of them without a code: cannot be matched across waves, "
                    + "reported separately as weaker evidence."));
        }
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
}
