package org.lantern.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.Account;
import org.lantern.people.IdentityLinks;
import org.lantern.people.LinkedIdentity;
import org.lantern.people.PeopleException;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * For administrators: the organisation sign-in identities linked to one account, linking another by
 * issuer and subject, and removing a link. Each change is one {@link IdentityLinks} call (audited there).
 */
class IdentityLinksDialog extends Dialog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final IdentityLinks links;
    private final Account admin;
    private final Account account;
    private final Runnable afterChange;
    private final Grid<LinkedIdentity> linked = new Grid<>(LinkedIdentity.class, false);
    private final ComboBox<String> issuer = new ComboBox<>("Issuer");
    private final TextField subject = new TextField("Subject");
    private final Div error = Texts.alert();

    /** @param issuers the configured providers' issuers, offered first (others can be typed) */
    IdentityLinksDialog(IdentityLinks links, Account admin, Account account, List<String> issuers,
                        Runnable afterChange) {
        this.links = links;
        this.admin = admin;
        this.account = account;
        this.afterChange = afterChange;
        setHeaderTitle("Organisation sign-in for " + account.displayName());
        add(new Paragraph("Sign-in through an identity provider opens this account only through an identity linked "
                + "here (or linked by the person after signing in with their password). The subject is the provider's "
                + "identifier for the person (the \"sub\" of its ID tokens), not their user name or e-mail; a refused "
                + "sign-in's subject is in the audit trail."));
        linked.addColumn(LinkedIdentity::issuer).setHeader("Issuer").setAutoWidth(true);
        linked.addColumn(LinkedIdentity::subject).setHeader("Subject").setAutoWidth(true);
        linked.addColumn(l -> l.label().isEmpty() ? "" : l.label()).setHeader("Name at the provider");
        linked.addColumn(l -> DAY.format(l.linkedAt()) + " by " + l.linkedBy()).setHeader("Linked");
        linked.addComponentColumn(l -> {
            Button remove = new Button("Remove", e -> remove(l));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove the link to " + l.subject() + " at " + l.issuer());
            return remove;
        }).setKey("remove").setAutoWidth(true);
        linked.setAllRowsVisible(true);
        linked.setAriaLabel("Linked organisation sign-in identities");
        issuer.setItems(issuers);
        issuer.setAllowCustomValue(true);
        issuer.addCustomValueSetListener(e -> issuer.setValue(e.getDetail()));
        if (issuers.size() == 1) {
            issuer.setValue(issuers.getFirst());
        }
        issuer.setHelperText("The provider's address, exactly as in its ID tokens");
        Button link = new Button("Link", e -> link());
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(issuer, subject);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(linked, form, error, link);
        getFooter().add(new Button("Close", e -> close()));
        setWidth("min(60rem, 95vw)");
        refresh();
    }

    private void link() {
        try {
            links.link(admin, account.id(), issuer.getValue() == null ? "" : issuer.getValue(), subject.getValue());
            subject.clear();
            error.setText("");
            refresh();
        } catch (PeopleException ex) {
            error.setText(ex.getMessage());
        }
    }

    private void remove(LinkedIdentity link) {
        try {
            links.unlink(admin, link.id());
            error.setText("");
            refresh();
        } catch (PeopleException ex) {
            error.setText(ex.getMessage());
        }
    }

    private void refresh() {
        linked.setItems(links.linkedTo(account.id()));
        afterChange.run();
    }
}
