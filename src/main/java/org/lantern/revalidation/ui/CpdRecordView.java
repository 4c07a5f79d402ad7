package org.lantern.revalidation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lantern.base.ui.DownloadLink;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.ui.Texts;
import org.lantern.revalidation.CpdRecord;
import org.lantern.revalidation.CpdRecords;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in person's own CPD record: the modules they completed and the reflective sessions
 * they attended, to download as PDF or CSV. Nobody else can see it.
 */
@Route("journal/cpd")
@PageTitle("My CPD record | Lantern")
@PermitAll
public class CpdRecordView extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    CpdRecordView(CpdRecords records, CurrentAccount currentAccount, Clock clock) {
        Account account = currentAccount.require();
        CpdRecord record = records.record(account);
        addClassName("lantern-page");
        Paragraph lead = Texts.lead("The learning you have done in Lantern, for your own CPD or revalidation records: "
                + "the CPD you record with Social Work England, evidence for your NMC revalidation, or learning to talk over "
                + "with the person assessing your Care Certificate. It is not an official form. Only you can see it.");
        String date = LocalDate.now(clock).toString();
        Div downloads = new Div(
                DownloadLink.create("Download PDF", "lantern-cpd-record-" + date + ".pdf", "application/pdf", () -> records.pdf(account)),
                DownloadLink.create("Download CSV", "lantern-cpd-record-" + date + ".csv", "text/csv", () -> records.csv(account)));
        downloads.addClassNames("lantern-toolbar", "lantern-toolbar-centred");
        add(new Anchor("journal", "Back to my journal"), new H1("My CPD record"), lead, downloads,
                Texts.meta("Total: " + record.totalText() + "."),
                new H2("Training modules completed"), createModules(record.modules()),
                new H2("Reflective sessions attended"), createSessions(record.sessions()));
    }

    private static Component createModules(List<CpdRecord.Module> modules) {
        if (modules.isEmpty()) {
            return Texts.empty("You have not completed a module yet. A module counts once you have done every lesson "
                    + "and passed its knowledge check.");
        }
        Grid<CpdRecord.Module> grid = grid(modules);
        grid.addColumn(m -> DAY.format(m.completed())).setHeader("Completed").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> CpdRecord.hours(m.hours())).setHeader("Hours").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CpdRecord.Module::title).setHeader("Module").setFlexGrow(1);
        grid.addColumn(m -> String.join("; ", m.covered())).setHeader("What it covered").setFlexGrow(2);
        return grid;
    }

    private static Component createSessions(List<CpdRecord.Session> sessions) {
        if (sessions.isEmpty()) {
            return Texts.empty("No reflective sessions recorded yet. Your manager records who came to each session.");
        }
        Grid<CpdRecord.Session> grid = grid(sessions);
        grid.addColumn(s -> DAY.format(s.date())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CpdRecord.Session::team).setHeader("Team").setFlexGrow(1);
        grid.addColumn(CpdRecord.Session::focus).setHeader("Focus").setFlexGrow(2);
        grid.addColumn(s -> s.minutes() + " min").setHeader("Length").setAutoWidth(true).setFlexGrow(0);
        return grid;
    }

    private static <T> Grid<T> grid(List<T> items) {
        Grid<T> grid = new Grid<>();
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        return grid;
    }
}
