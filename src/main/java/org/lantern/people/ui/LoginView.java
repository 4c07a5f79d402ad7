package org.lantern.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lantern.base.LanternProperties;
import org.lantern.people.PeopleService;

/** Sign-in page. Sends people to the one-time setup page while the installation has no administrator. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Lantern")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final PeopleService people;
    private final boolean demo;

    LoginView(PeopleService people, LanternProperties properties) {
        this.people = people;
        this.demo = properties.demo();
        addClassName("lantern-login");
        H1 title = new H1("Lantern");
        Paragraph purpose = new Paragraph("Learning and reflective practice for mental-health and social-care teams.");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(createI18n());
        Div box = new Div(title, purpose, login);
        box.addClassName("lantern-login-box");
        if (demo) {
            box.add(createDemoHint());
        }
        add(box);
    }

    private static LoginI18n createI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("User name");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("User name or password not recognised");
        i18n.getErrorMessage().setMessage("Check them and try again. Passwords are case-sensitive.");
        return i18n;
    }

    private static Div createDemoHint() {
        Div hint = new Div();
        hint.addClassName("lantern-demo-hint");
        hint.getElement().setAttribute("role", "note");
        hint.add(new Span("Demo data. Try these accounts, each with the password "), new Span("demo"));
        hint.add(new Paragraph("staff · manager · evaluator · editor · admin"));
        return hint;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (people.needsSetup()) {
            event.forwardTo(SetupView.class);
            return;
        }
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
