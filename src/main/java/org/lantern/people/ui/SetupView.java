package org.lantern.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.people.PeopleException;
import org.lantern.people.PeopleService;
import org.lantern.people.SetupService;

/**
 * One-time page to create the first administrator of a new installation, for whoever has the setup
 * code from Lantern's log ({@link SetupService}). Gone once an administrator exists.
 */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up Lantern")
@AnonymousAllowed
public class SetupView extends Main implements BeforeEnterObserver {

    private final SetupService setup;
    private final PasswordField code = new PasswordField("Setup code");
    private final TextField username = new TextField("User name");
    private final TextField displayName = new TextField("Your name");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField confirm = new PasswordField("Password again");
    private final Div error = Texts.alert();

    SetupView(SetupService setup) {
        this.setup = setup;
        addClassName("lantern-login");
        code.setRequiredIndicatorVisible(true);
        code.setHelperText("Printed in Lantern's log when it started, e.g. ABCD-EFGH-JKMN");
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        code.setRevealButtonVisible(true);
        username.setRequiredIndicatorVisible(true);
        username.setHelperText("Lower-case letters, digits, dots or dashes, e.g. sam.taylor");
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        displayName.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);
        password.setHelperText("At least " + PeopleService.MIN_PASSWORD_LENGTH + " characters");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirm.setRequiredIndicatorVisible(true);
        confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button create = new Button("Create administrator", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(code, username, displayName, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div box = new Div(new H1("Set up Lantern"),
                new Paragraph("Create the first administrator account. You can add everyone else after signing in. "
                        + "This page disappears once an administrator exists."),
                new Paragraph("To show that you run this Lantern, enter the one-time setup code from its log: "
                        + "look for the line that says \"Lantern has no administrator yet\"."),
                form, error, create);
        box.addClassName("lantern-login-box");
        add(box);
    }

    private void create() {
        error.setText("");
        if (!password.getValue().equals(confirm.getValue())) {
            error.setText("The two passwords are not the same.");
            confirm.focus();
            return;
        }
        try {
            setup.createFirstAdmin(code.getValue(), username.getValue(), displayName.getValue(), password.getValue());
            Notification.show("Administrator created. Sign in to continue.", 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (PeopleException e) {
            error.setText(e.getMessage());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setup.open()) {
            event.forwardTo(LoginView.class);
        }
    }
}
