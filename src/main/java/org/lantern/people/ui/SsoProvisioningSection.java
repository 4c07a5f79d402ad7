package org.lantern.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.lantern.people.SsoProvisioningProperties;

import java.util.Map;

/**
 * On People and teams: how single sign-on provisioning maps the identity provider's claims, read-only (it is set in
 * Lantern's configuration, README "Single sign-on provisioning").
 */
class SsoProvisioningSection extends Div {

    SsoProvisioningSection(SsoProvisioningProperties rules, boolean organisationSignIn) {
        addClassName("lantern-sso-provisioning");
        add(new H2("Accounts from organisation sign-in"));
        if (organisationSignIn && rules.scimIdClaim() != null) {
            add(new Paragraph("Accounts created over SCIM open through the organisation sign-in whose '"
                    + rules.scimIdClaim() + "' claim is their externalId (never an administrator's account)."));
        }
        if (!organisationSignIn || !rules.enabled()) {
            add(new Paragraph(organisationSignIn
                    ? "Off: organisation sign-in opens only accounts already linked to it (lantern.sso.provisioning.enabled)."
                    : "Off: organisation sign-in is not set up."));
            return;
        }
        add(new Paragraph("On: a person's first organisation sign-in creates their account. The user name is the part "
                + "before the @ of the '" + rules.usernameClaim() + "' claim; name and e-mail come from the 'name' and "
                + "'email' claims. Teams and roles below are set again at every sign-in of an account made this way; "
                + "administrator rights never come from a claim."));
        add(list("Teams, from the '" + rules.teamsClaim() + "' claim", rules.teams(), ""));
        add(list("Teams they manage, from the '" + rules.teamsClaim() + "' claim", rules.manages(), " (manager)"));
        add(list("Roles, from the '" + rules.rolesClaim() + "' claim", rules.roles(), ""));
        add(new Paragraph(rules.unmapped() == SsoProvisioningProperties.Unmapped.REFUSE
                ? "Someone with none of these values is refused."
                : "Someone with none of these values becomes a staff member in no team."));
    }

    private static Div list(String title, Map<String, String> mapping, String suffix) {
        UnorderedList items = new UnorderedList();
        mapping.forEach((value, target) -> items.add(new ListItem("'" + value + "' → " + target + suffix)));
        if (mapping.isEmpty()) {
            items.add(new ListItem("none mapped"));
        }
        return new Div(new Paragraph(title + ":"), items);
    }
}
