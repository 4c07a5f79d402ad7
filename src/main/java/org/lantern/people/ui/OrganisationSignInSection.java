package org.lantern.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import org.lantern.people.LinkedIdentity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.csrf.CsrfToken;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * On My account: the organisation sign-in identities linked to the account and, after a password
 * sign-in, a way to link one. Linking is a form posted (with the CSRF token) to the provider's
 * authorization address: the provider signs the person in and sends them back here.
 */
class OrganisationSignInSection extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final Div outcome = new Div();

    /**
     * @param registrations the configured identity providers (none: organisation sign-in is off)
     * @param mayLink       whether this session signed in with a password (only such a session may link)
     */
    OrganisationSignInSection(List<LinkedIdentity> linked, List<ClientRegistration> registrations, boolean mayLink,
                              @Nullable CsrfToken csrf) {
        addClassName("lantern-organisation-links");
        if (registrations.isEmpty() && linked.isEmpty()) {
            setVisible(false);
            return;
        }
        outcome.getElement().setAttribute("role", "status");
        add(new H2("Organisation sign-in"), outcome);
        if (linked.isEmpty()) {
            add(new Paragraph("No organisation sign-in is linked to your account yet."));
        } else {
            UnorderedList list = new UnorderedList();
            linked.forEach(l -> list.add(new ListItem((l.label().isEmpty() ? "" : l.label() + " at ") + l.issuer()
                    + " (linked on " + DAY.format(l.linkedAt()) + ")")));
            add(new Paragraph("You can sign in through these organisation accounts:"), list);
        }
        if (registrations.isEmpty()) {
            return;
        }
        if (!mayLink) {
            add(new Paragraph("To link another organisation sign-in, sign out and sign in with your Lantern "
                    + "user name and password first."));
            return;
        }
        add(new Paragraph("Link it once, and from then on \"Sign in with your organisation\" opens this account."));
        for (ClientRegistration registration : registrations) {
            add(createLinkForm(registration, registrations.size() == 1 ? "Link your organisation sign-in"
                    : "Link your sign-in with " + registration.getClientName(), csrf));
        }
    }

    private static Div createLinkForm(ClientRegistration registration, String label, @Nullable CsrfToken csrf) {
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "oauth2/authorization/" + registration.getRegistrationId());
        if (csrf != null) {
            form.appendChild(hidden(csrf.getParameterName(), csrf.getToken()));
        }
        form.appendChild(hidden("link", "account"));
        NativeButton submit = new NativeButton(label);
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("lantern-button-link");
        form.appendChild(submit.getElement());
        Div wrapper = new Div();
        wrapper.getElement().appendChild(form);
        return wrapper;
    }

    private static Element hidden(String name, String value) {
        return new Element("input").setAttribute("type", "hidden").setAttribute("name", name).setAttribute("value", value);
    }

    /** What the provider's round trip gave ({@code ?link=} on the account page). */
    void showOutcome(String link) {
        outcome.setText(switch (link) {
            case "done" -> "Your organisation sign-in is linked. You can now sign in with it.";
            case "taken" -> "That organisation sign-in is already linked to another Lantern account, so it was not "
                    + "linked to yours. Ask a Lantern administrator if it should be yours.";
            default -> "Linking did not complete. Sign in with your Lantern password and try again.";
        });
        outcome.setClassName("lantern-error", !link.equals("done"));
    }
}
