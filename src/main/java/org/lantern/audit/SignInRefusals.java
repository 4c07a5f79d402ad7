package org.lantern.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.lantern.base.api.ApiError;
import org.lantern.base.database.DatabaseUnavailable;
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

    /**
     * For the sign-in form: a paused sign-in goes back to {@code /login?blocked=<minutes>}, one that
     * could not reach the database to {@code /login?unavailable}, any other failure to {@code /login?error}.
     */
    public static AuthenticationFailureHandler forSignInPage() {
        SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        SimpleUrlAuthenticationFailureHandler unavailable = new SimpleUrlAuthenticationFailureHandler("/login?unavailable");
        return (request, response, e) -> {
            if (e instanceof SignInPausedException paused) {
                long minutes = Math.max(1, (paused.remaining().toSeconds() + 59) / 60);
                new SimpleUrlAuthenticationFailureHandler("/login?blocked=" + minutes).onAuthenticationFailure(request, response, e);
            } else if (DatabaseUnavailable.isCause(e)) {
                unavailable.onAuthenticationFailure(request, response, e);
            } else {
                wrong.onAuthenticationFailure(request, response, e);
            }
        };
    }

    /**
     * For HTTP Basic: a paused sign-in is answered 429 with {@code Retry-After} and a JSON error; anything
     * else goes to {@code otherwise} (the API's usual 401, or 503 without a database).
     */
    public static AuthenticationEntryPoint forHttpBasic(AuthenticationEntryPoint otherwise) {
        return (request, response, e) -> {
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
