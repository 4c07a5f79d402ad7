package org.lantern.revalidation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.lantern.base.ui.DownloadLink;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.ui.LeaveWithoutSaving;
import org.lantern.journal.JournalEntry;
import org.lantern.journal.JournalException;
import org.lantern.journal.JournalSource;
import org.lantern.revalidation.ReflectiveAccounts;
import org.lantern.base.ui.Texts;

import java.util.Optional;

/**
 * A reflective account written from one of the person's own journal entries, at
 * {@code journal/reflective-account/<entry id>}: a new account pre-filled from the entry, or an
 * account saved earlier. Private to the person, like the journal.
 */
@Route("journal/reflective-account/:id([0-9]{1,18})")
@PageTitle("Reflective account | Lantern")
@PermitAll
public class ReflectiveAccountView extends Div implements BeforeEnterObserver, BeforeLeaveObserver {

    static final String WARNING = "Do not include anything that could identify a person using services, a carer or "
            + "a colleague: no names, exact dates or ages, addresses or ward names. Describe people by their role instead.";

    private final ReflectiveAccounts accounts;
    private final Account account;
    private final ReflectiveAccountForm form = new ReflectiveAccountForm();
    private final Paragraph status = new Paragraph();
    private final Anchor pdf = new Anchor();
    private final Anchor markdown = new Anchor();
    private JournalSource source = JournalSource.free();
    private @Nullable Long savedId;

    ReflectiveAccountView(ReflectiveAccounts accounts, CurrentAccount currentAccount) {
        this.accounts = accounts;
        this.account = currentAccount.require();
        addClassName("lantern-page");
        Paragraph lead = Texts.lead("Write about what you did and learned in your own words, laid out under the "
                + "headings of the NMC's reflective accounts form. It is saved in your private journal: only you can read it.");
        Paragraph warning = new Paragraph(WARNING);
        warning.addClassName("lantern-warning");
        status.addClassName("lantern-meta");
        pdf.setText("Download PDF");
        pdf.addClassName("lantern-download");
        markdown.setText("Download as Markdown");
        markdown.addClassName("lantern-download");
        Div downloads = new Div(pdf, markdown);
        downloads.addClassName("lantern-toolbar");
        form.addSaveListener(this::save);
        form.addCheckListener(e -> form.showWarnings(accounts.personalDetails(e.account)));
        add(new Anchor("journal", "Back to my journal"), new H1("Reflective account"), lead, warning, status, downloads, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ReflectiveAccounts.Draft> draft;
        try {
            draft = event.getRouteParameters().getLong("id").map(id -> accounts.draft(account, id));
        } catch (JournalException e) {
            draft = Optional.empty();
        }
        if (draft.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        source = draft.get().source();
        form.fill(draft.get().account());
        showSaved(draft.get().savedId());
    }

    private void showSaved(@Nullable Long id) {
        savedId = id;
        status.setText(id == null ? "Not saved yet. Check it and change it as you wish, then save it to your journal."
                : "Saved in your journal. Only you can read it.");
        pdf.setVisible(id != null);
        markdown.setVisible(id != null);
        if (id != null) {
            DownloadLink.point(pdf, "reflective-account-" + id + ".pdf", "application/pdf", () -> accounts.pdf(account, id));
            DownloadLink.point(markdown, "reflective-account-" + id + ".md", "text/markdown", () -> accounts.markdown(account, id));
        }
    }

    private void save(ReflectiveAccountForm.SaveEvent event) {
        form.showError("");
        try {
            boolean isNew = savedId == null;
            JournalEntry saved = accounts.save(account, savedId, event.account, source);
            form.markSaved();
            showSaved(saved.id());
            form.showWarnings(accounts.personalDetails(event.account));
            if (isNew) {
                UI.getCurrent().getPage().getHistory().replaceState(null, "journal/reflective-account/" + saved.id());
            }
            Notification.show("Saved to your journal.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (JournalException e) {
            form.showError(e.getMessage());
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form.hasUnsavedChanges()) {
            LeaveWithoutSaving.ask(event, "Your reflective account has not been saved yet. If you leave now, your changes are lost.",
                    "Stay and keep writing");
        }
    }
}
