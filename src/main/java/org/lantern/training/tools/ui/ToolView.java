package org.lantern.training.tools.ui;

import org.lantern.base.ui.DownloadLink;
import org.lantern.base.security.Account;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.lantern.base.security.CurrentAccount;
import org.lantern.training.tools.SavedTool;
import org.lantern.training.tools.ToolDefinition;
import org.lantern.training.tools.ToolException;
import org.lantern.training.tools.ToolService;
import org.lantern.base.ui.LeaveWithoutSaving;
import org.lantern.base.ui.Texts;
import org.lantern.base.ui.RouteItem;

import java.util.Optional;

/**
 * One practice tool as a form: a new copy at {@code tools/<key>}, or one of the person's own saved
 * copies at {@code tools/<key>/<id>}. Asks before leaving with unsaved changes.
 */
@Route("tools/:tool([a-z0-9-]+)/:id?([0-9]{1,18})")
@PermitAll
public class ToolView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final ToolService tools;
    private final Account account;
    private @Nullable ToolDefinition tool;
    private @Nullable Long savedId;
    private @Nullable ToolForm form;
    private final Paragraph savedAt = new Paragraph();
    private final Anchor pdf = new Anchor();
    private final Button delete = new Button("Delete this copy");

    ToolView(ToolService tools, CurrentAccount currentAccount) {
        this.tools = tools;
        this.account = currentAccount.require();
        addClassName("lantern-page");
        savedAt.addClassName("lantern-meta");
        pdf.setText("Download PDF");
        pdf.addClassName("lantern-download");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ToolDefinition> found = RouteItem.find(event, "tool", tools::tool);
        if (found.isEmpty()) {
            return;
        }
        SavedTool copy = null;
        Optional<Long> id = event.getRouteParameters().getLong("id");
        if (id.isPresent()) {
            copy = tools.find(account, id.get()).filter(c -> c.toolKey().equals(found.get().key())).orElse(null);
            if (copy == null) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        show(found.get(), copy);
    }

    private void show(ToolDefinition definition, @Nullable SavedTool copy) {
        removeAll();
        tool = definition;
        savedId = copy == null ? null : copy.id();
        form = new ToolForm(definition, copy);
        form.addSaveListener(this::save);
        form.actions().add(pdf, delete);
        Paragraph intro = Texts.lead(definition.intro());
        Anchor back = new Anchor("tools", "Back to practice tools");
        back.addClassName("lantern-tool-back");
        add(back, new H1(definition.title()), ToolNotice.create(), intro, savedAt, form);
        showSaved(copy);
    }

    private void showSaved(@Nullable SavedTool copy) {
        savedAt.setText(copy == null ? "Not saved yet. Only you will be able to see what you save."
                : "Saved " + ToolNotice.dateTime(copy.updatedAt()) + ". Only you can see this copy.");
        pdf.setVisible(copy != null);
        delete.setVisible(copy != null);
        if (copy != null) {
            long id = copy.id();
            String fileName = copy.toolKey() + "-" + id + ".pdf";
            DownloadLink.point(pdf, fileName, "application/pdf", () -> tools.pdf(account, id));
            pdf.getElement().setAttribute("title", "The PDF shows this copy as last saved.");
        }
    }

    private void save(ToolForm.SaveEvent event) {
        if (tool == null || form == null) {
            return;
        }
        form.clearErrors();
        try {
            boolean isNew = savedId == null;
            SavedTool copy = tools.save(account, tool.key(), savedId, event.title, event.values);
            savedId = copy.id();
            form.markSaved();
            showSaved(copy);
            if (isNew) {
                UI.getCurrent().getPage().getHistory().replaceState(null, "tools/" + tool.key() + "/" + copy.id());
            }
            Notification.show("Saved. Only you can see your saved copies.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ToolException e) {
            form.showError(e);
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog("Delete this copy?",
                "This saved copy will be deleted for good. You cannot undo this.", "Delete", e -> delete());
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.open();
    }

    private void delete() {
        if (savedId == null || form == null) {
            return;
        }
        try {
            tools.delete(account, savedId);
            Notification.show("Copy deleted.", 4000, Notification.Position.BOTTOM_START);
        } catch (ToolException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        form.markSaved();
        UI.getCurrent().navigate(ToolsView.class);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form == null || !form.hasUnsavedChanges()) {
            return;
        }
        LeaveWithoutSaving.ask(event, "You have changes that are not saved. If you leave now, they are lost.",
                "Stay on this page");
    }

    @Override
    public String getPageTitle() {
        return (tool == null ? "Practice tool" : tool.title()) + " | Lantern";
    }
}
