package org.lantern.people.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.people.ScimTokens;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, SCIM and single sign-on provisioning on People and teams: an administrator creates a SCIM token, sees it
 * once, the token works, and revokes it; the provisioning mapping is shown read-only (off here).
 */
class ScimTokensUiTest extends KaribuTest {

    @Autowired
    ScimTokens tokens;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorCreatesSeesOnceAndRevokesAToken() {
        signIn("admin");
        open("admin/people");
        String label = "Entra " + UUID.randomUUID().toString().substring(0, 8);
        _get(TextField.class, spec -> spec.withLabel("What the token is for")).setValue(label);
        _get(Button.class, spec -> spec.withText("Create a SCIM token")).click();

        String secret = _get(Pre.class, spec -> spec.withClasses("lantern-secret")).getText();
        assertThat(secret).startsWith("lantern-scim-");
        assertThat(tokens.accepts(secret)).isTrue();

        open("");
        open("admin/people");
        assertThat(_find(Pre.class)).as("shown once only").isEmpty();
        Grid<ScimTokens.Token> grid = _get(Grid.class, spec -> spec.withClasses("lantern-scim-token-grid"));
        int row = GridKt._findAll(grid).stream().map(ScimTokens.Token::label).toList().indexOf(label);
        assertThat(row).isNotNegative();
        ((Button) GridKt._getCellComponent(grid, row, "revoke")).click();
        assertThat(tokens.accepts(secret)).isFalse();
    }

    @Test
    void theProvisioningMappingIsShownAndOffByDefault() {
        signIn("admin");
        open("admin/people");
        assertThat(_get(Div.class, spec -> spec.withClasses("lantern-sso-provisioning")).getElement().getTextRecursively())
                .contains("Accounts from organisation sign-in", "Off");
    }
}
