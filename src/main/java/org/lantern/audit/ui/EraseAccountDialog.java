package org.lantern.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import org.lantern.base.security.Account;
import org.lantern.base.ui.Texts;
import org.lantern.audit.DataRightsException;
import org.lantern.audit.DataRightsService;

/**
 * Erasing an account, for administrators: says what will happen and asks for the user name to be
 * typed before anything is erased.
 */
public class EraseAccountDialog extends Dialog {

    private final TextField confirmation = new TextField();
    private final Div error = Texts.alert();

    public EraseAccountDialog(DataRightsService dataRights, Account admin, long accountId, String username,
                              String displayName, Runnable afterErasure) {
        setHeaderTitle("Erase " + displayName + "'s account");
        add(new Paragraph("This cannot be undone. Lantern will:"));
        UnorderedList effects = new UnorderedList(
                new ListItem("remove their name, user name, password, roles and team memberships;"),
                new ListItem("delete their journal, saved practice tools, training progress and story drafts;"),
                new ListItem("delete the link between them and their survey answers: submitted answers stay only as "
                        + "anonymous figures; unsubmitted ones are deleted;"),
                new ListItem("withdraw their unpublished stories; published stories stay, without their name;"),
                new ListItem("record the erasure in the audit trail."));
        add(effects);
        confirmation.setLabel("Type the user name '" + username + "' to confirm");
        confirmation.setWidthFull();
        confirmation.setAutofocus(true);
        add(confirmation, error);
        Button erase = new Button("Erase account", e -> {
            try {
                var result = dataRights.erase(admin, accountId, confirmation.getValue());
                close();
                Notification.show(result.summary(), 8000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterErasure.run();
            } catch (DataRightsException ex) {
                error.setText(ex.getMessage());
                confirmation.setInvalid(true);
                confirmation.focus();
            }
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, erase);
    }
}
