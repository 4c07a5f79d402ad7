package org.lantern.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.lantern.base.security.Account;
import org.lantern.base.ui.DownloadLink;
import org.lantern.base.ui.DateInput;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.audit.AuditEntry;
import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditFilter;
import org.lantern.audit.AuditService;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.base.ui.PageHeader;
import org.lantern.base.ui.OptionalSelect;

import java.util.concurrent.CompletableFuture;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Administrators search the audit trail, download it as CSV and verify its hash chain. Nothing here can
 * change an entry.
 */
@Route("admin/audit")
@PageTitle("Audit trail | Lantern")
@Menu(title = "Audit trail", order = 820, icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_ROLE)
public class AuditView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditService audit;
    private final TextField person = new TextField("Person (user name)");
    private final Select<AuditEventType> type = new Select<>();
    private final DatePicker from = DateInput.date("From");
    private final DatePicker to = DateInput.date("To");
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final Paragraph problem = new Paragraph();
    private final Button verify = new Button("Verify audit trail", e -> startVerification());
    private final Paragraph verification = new Paragraph();
    private volatile AuditFilter filter = AuditFilter.everything();

    private final Account admin;

    AuditView(AuditService audit, CurrentAccount currentAccount) {
        this.audit = audit;
        this.admin = currentAccount.require();
        PageHeader.add(this, "Audit trail", "Sign-ins, downloads, report views, content reloads, moderation decisions, "
                + "account changes and data-rights actions: who, when, what and from where. Entries cannot be changed "
                + "or deleted; they are removed only when older than the retention period.");
        verification.getElement().setAttribute("role", "status");
        add(createFilters(), problem, verification, createGrid());
        refresh();
    }

    private Component createFilters() {
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setClearButtonVisible(true);
        type.setLabel("Event");
        type.setItems(AuditEventType.values());
        OptionalSelect.allowEmpty(type, "Any event", AuditEventType::label);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        person.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        problem.addClassName("lantern-error");
        problem.getElement().setAttribute("role", "alert");
        Anchor csv = DownloadLink.create("Download CSV", "lantern-audit.csv", "text/csv", () -> audit.csv(admin, filter));
        verify.setDisableOnClick(true);
        Div filters = new Div(person, type, from, to, csv, verify);
        filters.addClassName("lantern-toolbar");
        return filters;
    }

    private Component createGrid() {
        grid.addColumn(e -> WHEN.format(e.at().atOffset(ZoneOffset.UTC))).setHeader("When (UTC)").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::username).setHeader("Person").setAutoWidth(true).setFlexGrow(0);
        // event and detail in one column so the page stays readable on a phone; Lit escapes both values
        grid.addColumn(LitRenderer.<AuditEntry>of("<strong>${item.event}</strong><br>${item.detail}")
                .withProperty("event", AuditEntry::eventLabel).withProperty("detail", AuditEntry::detail))
                .setHeader("What").setFlexGrow(1).setWidth("14rem");
        grid.addColumn(e -> e.clientIp() == null ? "" : e.clientIp()).setHeader("From").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Audit entries, newest first");
        grid.setPageSize(50);
        grid.setHeight("32rem");
        return grid;
    }

    private void refresh() {
        problem.setText("");
        var unreadable = DateInput.problem(from).or(() -> DateInput.problem(to));
        if (unreadable.isPresent()) {
            problem.setText(unreadable.get());
            return;
        }
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            problem.setText("The 'From' day must be on or before the 'To' day.");
            from.setInvalid(true);
            return;
        }
        from.setInvalid(false);
        AuditFilter current = new AuditFilter(person.getValue(), type.getValue(), from.getValue(), to.getValue());
        filter = current;
        grid.setItems(query -> audit.search(admin, current, query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(admin, current));
    }

    /** Checks every entry's hash in the background: a long trail takes a while. */
    private void startVerification() {
        UI ui = UI.getCurrent();
        verification.removeClassName("lantern-error");
        verification.setText("Checking every entry's hash…");
        CompletableFuture.supplyAsync(() -> audit.verifyChain(admin))
                .whenComplete((check, error) -> ui.access(() -> {
                    verify.setEnabled(true);
                    if (check == null) {
                        verification.setText("The check could not run: " + error.getMessage());
                    } else {
                        verification.setText(check.message() + (check.intact() ? " Newest entry's hash: " + check.headHash() : ""));
                    }
                    verification.setClassName("lantern-error", check == null || !check.intact());
                }));
    }
}
