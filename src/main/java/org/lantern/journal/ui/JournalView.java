package org.lantern.journal.ui;

import org.lantern.base.ui.DownloadLink;
import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.CurrentAccount;
import org.lantern.journal.JournalEntry;
import org.lantern.journal.JournalException;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.lantern.base.ui.LeaveWithoutSaving;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The signed-in person's own journal: newest entries first, writing, changing, deleting, exporting. */
@Route("journal")
@PageTitle("My journal | Lantern")
@Menu(title = "My journal", order = 150, icon = "vaadin:notebook")
@PermitAll
public class JournalView extends Div implements BeforeLeaveObserver {

    private final JournalService journal;
    private final Account account;
    private final JournalEntryForm form = new JournalEntryForm();
    private final Div entries = new Div();

    JournalView(JournalService journal, CurrentAccount currentAccount, Clock clock) {
        this.journal = journal;
        this.account = currentAccount.require();
        addClassName("lantern-page");
        Paragraph lead = Texts.lead("Only you can read your journal. Your manager, your team and Lantern's "
                + "administrators cannot see it.");
        entries.addClassName("lantern-journal-entries");
        form.addSaveListener(this::save);
        form.addCancelListener(e -> form.close());
        add(new H1("My journal"), lead, createToolbar(clock), form, entries);
        showEntries();
    }

    private Component createToolbar(Clock clock) {
        Button newEntry = new Button("New entry", e -> form.edit(null));
        newEntry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String date = LocalDate.now(clock).toString();
        Anchor pdf = DownloadLink.create("Download PDF", "lantern-journal-" + date + ".pdf", "application/pdf",
                () -> journal.exportPdf(account));
        Anchor markdown = DownloadLink.create("Download as Markdown", "lantern-journal-" + date + ".md", "text/markdown",
                () -> journal.exportMarkdownBytes(account));
        Div toolbar = new Div(newEntry, pdf, markdown, new Anchor("journal/cpd", "My CPD record"));
        toolbar.addClassNames("lantern-toolbar", "lantern-toolbar-centred");
        return toolbar;
    }

    private void showEntries() {
        entries.removeAll();
        List<JournalEntry> all = journal.entries(account);
        if (all.isEmpty()) {
            entries.add(Texts.empty("Your journal is empty. Choose \"New entry\" to write whatever is on "
                    + "your mind, or answer a reflection prompt at the end of a lesson. Only you can read it."));
            return;
        }
        all.forEach(entry -> entries.add(createEntry(entry)));
    }

    private Component createEntry(JournalEntry entry) {
        Article card = new Article();
        card.addClassNames("lantern-card", "lantern-journal-entry");
        String when = "Written " + JournalFormat.dateTime(entry.createdAt())
                + (entry.edited() ? ", changed " + JournalFormat.dateTime(entry.updatedAt()) : "");
        Paragraph meta = new Paragraph(when);
        meta.addClassName("lantern-meta");
        card.add(new H2(entry.title()), meta);
        if (!entry.source().isFree()) {
            card.add(createSource(entry.source()));
        }
        if (!entry.prompt().isBlank()) {
            Paragraph prompt = new Paragraph("Prompt: " + entry.prompt());
            prompt.addClassName("lantern-journal-prompt");
            card.add(prompt);
        }
        Div body = new Div(entry.body());
        body.addClassName("lantern-journal-body");
        Button edit = new Button("Edit", e -> form.edit(entry));
        edit.setAriaLabel("Edit \u201c" + entry.title() + "\u201d");
        Button delete = new Button("Delete", e -> confirmDelete(entry));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setAriaLabel("Delete \u201c" + entry.title() + "\u201d");
        Anchor account = new Anchor("journal/reflective-account/" + entry.id(),
                entry.isReflectiveAccount() ? "Open as a reflective account" : "Turn into a reflective account");
        Div actions = new Div(edit, account, delete);
        actions.addClassName("lantern-toolbar");
        card.add(body, actions);
        return card;
    }

    private static Component createSource(JournalSource source) {
        Paragraph paragraph = new Paragraph();
        paragraph.addClassName("lantern-meta");
        if (JournalSource.LESSON.equals(source.type())) {
            paragraph.add(new Span("From the lesson: "),
                    new Anchor("learn/" + source.ref(), source.label().isBlank() ? source.ref() : source.label()));
        } else {
            paragraph.setText(source.describe());
        }
        return paragraph;
    }

    private void save(JournalEntryForm.SaveEvent event) {
        try {
            if (event.entry == null) {
                journal.add(account, event.title, event.body, "", JournalSource.free());
            } else {
                journal.update(account, event.entry.id(), event.title, event.body);
            }
            form.close();
            showEntries();
            Notification.show("Saved to your journal.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (JournalException e) {
            form.showError(e.getMessage());
        }
    }

    private void confirmDelete(JournalEntry entry) {
        ConfirmDialog dialog = new ConfirmDialog("Delete this entry?",
                "\u201c" + entry.title() + "\u201d will be deleted for good. You cannot undo this.",
                "Delete", e -> delete(entry));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.open();
    }

    private void delete(JournalEntry entry) {
        try {
            journal.delete(account, entry.id());
            Notification.show("Entry deleted.", 4000, Notification.Position.BOTTOM_START);
        } catch (JournalException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        if (form.entry() != null && form.entry().id() == entry.id()) {
            form.close();
        }
        showEntries();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!form.hasUnsavedText()) {
            return;
        }
        LeaveWithoutSaving.ask(event, "Your journal entry has not been saved yet. If you leave now, what you wrote is lost.",
                "Stay and keep writing");
    }
}
