package org.lantern.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lantern.base.api.ApiError;
import org.lantern.base.database.DatabaseUnavailable;
import org.lantern.base.security.SignInRefusalHook;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * What a person is told when a password sign-in is refused. The refusals themselves happen where the
 * password would be checked ({@link ThrottledPasswordSignIn}); these only turn them into answers.
 */
public final class SignInRefusals {

    private SignInRefusals() {
    }

    /** Seconds an API client is asked to wait ({@code Retry-After}) when too many sign-ins are waiting. */
    static final int BUSY_RETRY_AFTER_SECONDS = 5;

    /**
     * For the sign-in form: a paused sign-in goes back to {@code /login?blocked=<minutes>}, one that
     * could not reach the database to {@code /login?unavailable}, one turned away because too many are
     * waiting to {@code /login?busy}, any other failure to {@code /login?error}. When it was turned away or
     * found no database (nothing wrong with what was typed), the session keeps the typed user name for the
     * sign-in page to fill in again ({@link SignInRefusalHook#TYPED_USERNAME}); never the password.
     */
    public static AuthenticationFailureHandler forSignInPage() {
        SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        SimpleUrlAuthenticationFailureHandler unavailable = new SimpleUrlAuthenticationFailureHandler("/login?unavailable");
        SimpleUrlAuthenticationFailureHandler busy = new SimpleUrlAuthenticationFailureHandler("/login?busy");
        return (request, response, e) -> {
            if (e instanceof SignInBusyException || DatabaseUnavailable.isCause(e)) {
                keepTypedUsername(request);
            }
            if (e instanceof SignInBusyException) {
                busy.onAuthenticationFailure(request, response, e);
            } else if (e instanceof SignInPausedException paused) {
                long minutes = Math.max(1, (paused.remaining().toSeconds() + 59) / 60);
                new SimpleUrlAuthenticationFailureHandler("/login?blocked=" + minutes).onAuthenticationFailure(request, response, e);
            } else if (DatabaseUnavailable.isCause(e)) {
                unavailable.onAuthenticationFailure(request, response, e);
            } else {
                wrong.onAuthenticationFailure(request, response, e);
            }
        };
    }

    private static void keepTypedUsername(HttpServletRequest request) {
        String typed = request.getParameter("username");
        if (typed != null && !typed.isBlank() && typed.length() <= 200) {
            request.getSession().setAttribute(SignInRefusalHook.TYPED_USERNAME, typed);
        }
    }

    /**
     * For HTTP Basic: a paused sign-in is answered 429 with {@code Retry-After} and a JSON error, one
     * turned away because too many are waiting 503 with {@code Retry-After}; anything else goes to
     * {@code otherwise} (the API's usual 401, or 503 without a database).
     */
    public static AuthenticationEntryPoint forHttpBasic(AuthenticationEntryPoint otherwise) {
        return (request, response, e) -> {
            if (e instanceof SignInBusyException) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", Integer.toString(BUSY_RETRY_AFTER_SECONDS));
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(ApiError.json(SignInBusyException.MESSAGE));
                return;
            }
            if (!(e instanceof SignInPausedException paused)) {
                otherwise.commence(request, response, e);
                return;
            }
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(Math.max(1, paused.remaining().toSeconds()
                    + (paused.remaining().toNanosPart() > 0 ? 1 : 0))));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(ApiError.json(SignInThrottle.message(paused.remaining())));
        };
    }
}
