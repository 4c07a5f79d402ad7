package org.lantern.people.ui;

import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lantern.base.security.SignInRefusalHook;
import org.lantern.base.LanternProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import java.util.ArrayList;
import java.util.List;
import org.lantern.people.AccountSessions;
import org.lantern.people.PeopleService;

/** Sign-in page. Sends people to the one-time setup page while the installation has no administrator. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Lantern")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final PeopleService people;
    private final boolean demo;

    private final SignInRefusalHook signIn;

    LoginView(PeopleService people, LanternProperties properties, SignInRefusalHook signIn,
              ObjectProvider<ClientRegistrationRepository> organisationSignIn) {
        this.people = people;
        this.signIn = signIn;
        this.demo = properties.demo();
        addClassName("lantern-login");
        H1 title = new H1("Lantern");
        Paragraph purpose = new Paragraph("Learning and reflective practice for mental-health and social-care teams.");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(createI18n());
        Div box = new Div(title, purpose, login);
        box.addClassName("lantern-login-box");
        if (organisationSignIn.getIfAvailable() instanceof Iterable<?> registrations) {
            box.add(createOrganisationSignIn(registrations));
        }
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

    /** One link per configured identity provider; "Sign in with your organisation" when there is one. */
    private static Div createOrganisationSignIn(Iterable<?> registrations) {
        Div links = new Div();
        links.addClassName("lantern-organisation-sign-in");
        List<ClientRegistration> all = new ArrayList<>();
        registrations.forEach(r -> all.add((ClientRegistration) r));
        for (ClientRegistration registration : all) {
            Anchor link = new Anchor("oauth2/authorization/" + registration.getRegistrationId(),
                    all.size() == 1 ? "Sign in with your organisation" : "Sign in with " + registration.getClientName());
            link.setRouterIgnore(true);
            link.addClassName("lantern-button-link");
            links.add(link);
        }
        return links;
    }

    private static Div createDemoHint() {
        Div hint = new Div();
        hint.addClassName("lantern-demo-hint");
        hint.getElement().setAttribute("role", "note");
        hint.add(new Span("Demo data. Try these accounts, each with the password "), new Span("demo"));
        hint.add(new Paragraph("staff · manager · evaluator · editor · admin"));
        return hint;
    }

    /** Why organisation sign-in was refused ({@code OrganisationLoginSetup} sends people here). */
    private static void setOrganisationError(LoginI18n i18n, String reason) {
        switch (reason) {
            case "disabled" -> {
                i18n.getErrorMessage().setTitle("This Lantern account cannot sign in");
                i18n.getErrorMessage().setMessage("Your organisation sign-in is linked to a Lantern account that "
                        + "cannot sign in at the moment. Ask a Lantern administrator.");
            }
            case "failed" -> {
                i18n.getErrorMessage().setTitle("Organisation sign-in did not complete");
                i18n.getErrorMessage().setMessage("Lantern could not complete the sign-in with your organisation. "
                        + "Try again, or sign in with your Lantern user name and password.");
            }
            default -> {
                i18n.getErrorMessage().setTitle("Organisation sign-in not linked yet");
                i18n.getErrorMessage().setMessage("Your organisation sign-in is not linked to a Lantern account. "
                        + "Sign in once with your Lantern user name and password, then choose \"Link your "
                        + "organisation sign-in\" on My account. Or ask a Lantern administrator to link it.");
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (people.needsSetup()) {
            event.forwardTo(SetupView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = createI18n();
        if (parameters.containsKey("blocked")) {
            i18n.getErrorMessage().setTitle("Sign-in paused");
            i18n.getErrorMessage().setMessage("Too many failed sign-in attempts for this account or from this network. "
                    + "Try again in " + pausedFor(parameters.get("blocked")) + ".");
        } else if (parameters.containsKey("unavailable")) {
            i18n.getErrorMessage().setTitle("Lantern cannot sign you in just now");
            i18n.getErrorMessage().setMessage("Lantern cannot reach its database at the moment. Nothing is wrong with "
                    + "your user name or password: please try again in a minute.");
        } else if (parameters.containsKey("busy")) {
            i18n.getErrorMessage().setTitle("Lots of people are signing in right now");
            i18n.getErrorMessage().setMessage("Nothing is wrong with your user name or password: please try again in a moment.");
        } else if (parameters.containsKey("organisation")) {
            setOrganisationError(i18n, parameters.get("organisation").getFirst());
        }
        login.setI18n(i18n);
        login.setError(parameters.containsKey("error") || parameters.containsKey("blocked")
                || parameters.containsKey("organisation") || parameters.containsKey("unavailable")
                || parameters.containsKey("busy"));
        fillInTypedUsername();
        // ended by AccountSessions: the account changed, or the sign-in was too old
        parameters.getOrDefault(AccountSessions.SIGNED_OUT_PARAMETER, List.of()).stream().findFirst()
                .flatMap(AccountSessions.SignedOut::fromParameter).ifPresent(why -> {
                    i18n.getErrorMessage().setTitle(why.title());
                    i18n.getErrorMessage().setMessage(why.message());
                    login.setI18n(i18n);
                    login.setError(true);
                });
    }

    /** The user name typed before a refusal that was no fault of the person's (kept by the refusal), once. */
    private void fillInTypedUsername() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session != null && session.getAttribute(SignInRefusalHook.TYPED_USERNAME) instanceof String typed) {
            session.removeAttribute(SignInRefusalHook.TYPED_USERNAME);
            // the form's fields are its own (light DOM, rendered by the web component): fill in the name, then
            // focus the password, after the form's own focus on the empty name field
            login.getElement().executeJs("Promise.resolve(this.updateComplete).then(() => {"
                    + "const name = this.querySelector('#vaadinLoginUsername');"
                    + "const password = this.querySelector('#vaadinLoginPassword');"
                    + "if (name) { name.value = $0; } if (name && password) { password.focus(); } })", typed);
        }
    }

    /** The minutes in {@code /login?blocked=N}, if the throttle could have asked for them; "a few minutes" otherwise. */
    private String pausedFor(java.util.List<String> values) {
        long most = signIn.longestPause().toMinutes() + 1;
        try {
            long minutes = Long.parseLong(values.getFirst());
            if (minutes >= 1 && minutes <= most) {
                return minutes == 1 ? "1 minute" : minutes + " minutes";
            }
        } catch (NumberFormatException | java.util.NoSuchElementException e) {
            // no number: say it without one
        }
        return "a few minutes";
    }
}
