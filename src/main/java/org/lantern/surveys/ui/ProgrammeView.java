package org.lantern.surveys.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.base.ui.WideTable;
import org.lantern.base.ReportingProperties;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.surveys.PaperSurveys;
import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyException;
import org.lantern.surveys.SurveyImport;
import org.lantern.surveys.SurveyInvitations;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseRates;
import org.lantern.surveys.ResponseImport;
import org.lantern.base.ui.RouteItem;

import java.util.List;
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
    private final PaperSurveys paperSurveys;
    private final ReportingProperties reporting;
    private final SurveyInvitations invitations;
    private final Account account;
    private final List<ProgrammeSection> sections;
    private final Div rates = new Div();
    private Programme programme;
    private ResponseImportPanel importPanel;

    ProgrammeView(Programmes programmes, ResponseRates responseRates, ResponseImport responseImport, PaperSurveys paperSurveys,
                  ReportingProperties reporting, CurrentAccount currentAccount, SurveyInvitations invitations,
                  List<ProgrammeSection> sections) {
        this.invitations = invitations;
        this.sections = sections;
        this.programmes = programmes;
        this.responseRates = responseRates;
        this.responseImport = responseImport;
        this.paperSurveys = paperSurveys;
        this.reporting = reporting;
        this.account = currentAccount.require();
        addClassName("lantern-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteItem.find(event, "key", programmes::programme).ifPresent(found -> {
            programme = found;
            importPanel = new ResponseImportPanel(responseImport, paperSurveys, account, found.key(), this::show);
            show();
        });
    }

    private void show() {
        removeAll();
        add(new Anchor("programmes", "All programmes"), new H1(programme.title()));
        add(new Paragraph("Survey: " + programme.surveyKey() + " · Teams: "
                + programme.teams().stream().map(Programme.TeamRef::name).collect(Collectors.joining(", "))));
        add(new Paragraph("Waves: " + programme.waves().stream().map(w -> SurveyLinks.waveLabel(w.key()) + " from "
                + SurveyLinks.date(w.opens()) + " to " + SurveyLinks.date(w.closes())).collect(Collectors.joining("; ")) + "."));
        sections.forEach(section -> add(section.create(account, programme)));
        add(new H2("Response rates"), rates);
        if (!programme.archived()) {
            add(importPanel);
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

    @Override
    public String getPageTitle() {
        return (programme == null ? "Programme" : programme.title()) + " | Lantern";
    }
}
