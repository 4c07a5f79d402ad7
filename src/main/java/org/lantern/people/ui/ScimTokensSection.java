package org.lantern.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleException;
import org.lantern.people.ScimTokens;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * On People and teams: tokens for identity platforms that push accounts over SCIM (README "SCIM"). A new token is
 * shown once; revoking one refuses its platform from the next request.
 */
class ScimTokensSection extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final ScimTokens tokens;
    private final Account admin;
    private final Grid<ScimTokens.Token> grid = new Grid<>(ScimTokens.Token.class, false);
    private final Div issued = new Div();

    ScimTokensSection(ScimTokens tokens, Account admin) {
        this.tokens = tokens;
        this.admin = admin;
        addClassName("lantern-scim-tokens");
        TextField label = new TextField("What the token is for");
        label.setPlaceholder("Entra ID provisioning");
        Button create = new Button("Create a SCIM token", e -> create(label));
        grid.addColumn(ScimTokens.Token::label).setHeader("For");
        grid.addColumn(ScimTokens.Token::createdBy).setHeader("Created by").setAutoWidth(true);
        grid.addColumn(t -> when(t.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : when(t.lastUsedAt())).setHeader("Last used").setAutoWidth(true);
        grid.addComponentColumn(t -> t.revokedAt() != null ? new Paragraph("revoked " + when(t.revokedAt()))
                : new Button("Revoke", e -> revoke(t))).setHeader("").setKey("revoke").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("SCIM tokens");
        grid.addClassName("lantern-scim-token-grid");
        issued.getElement().setAttribute("role", "status");
        Div toolbar = new Div(label, create);
        toolbar.addClassName("lantern-toolbar");
        add(new H2("SCIM tokens"), new Paragraph("Identity platforms such as Microsoft Entra ID or Okta can create, change and "
                + "disable accounts and team members over SCIM at /scim/v2, with a token made here. They never give "
                + "administrator rights and never delete anyone."), toolbar, issued, grid);
        refresh();
    }

    private void create(TextField label) {
        try {
            ScimTokens.Issued token = tokens.create(admin, label.getValue());
            label.clear();
            Pre secret = new Pre(token.secret());
            secret.addClassName("lantern-secret");
            issued.removeAll();
            issued.add(new Paragraph("Copy this token into the identity platform now: Lantern keeps only a fingerprint "
                    + "of it and cannot show it again."), secret);
            refresh();
        } catch (PeopleException e) {
            issued.removeAll();
            issued.add(new Paragraph(e.getMessage()));
        }
    }

    private void revoke(ScimTokens.Token token) {
        tokens.revoke(admin, token.id());
        issued.removeAll();
        issued.add(new Paragraph("Revoked '" + token.label() + "'."));
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.all(admin));
    }

    private static String when(OffsetDateTime time) {
        return WHEN.format(time.toLocalDateTime());
    }
}
