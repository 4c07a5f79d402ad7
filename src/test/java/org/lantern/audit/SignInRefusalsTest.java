package org.lantern.audit;

import org.junit.jupiter.api.Test;
import org.lantern.base.database.DatabaseUnavailable;
import org.lantern.base.security.SignInRefusalHook;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers to a refused password sign-in, now that the refusal happens where the password is checked:
 * the sign-in page's "paused" and "no database" messages and the API's 429 are kept.
 */
class SignInRefusalsTest {

    private static MockHttpServletResponse signInPage(AuthenticationException e) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        SignInRefusals.forSignInPage().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), response, e);
        return response;
    }

    @Test
    void theSignInPageSaysPausedForHowLongUnavailableOrWrong() throws Exception {
        assertThat(signInPage(new SignInPausedException(Duration.ofSeconds(30))).getRedirectedUrl()).isEqualTo("/login?blocked=1");
        assertThat(signInPage(new SignInPausedException(Duration.ofMinutes(14).plusSeconds(1))).getRedirectedUrl())
                .isEqualTo("/login?blocked=15");
        assertThat(signInPage(new InternalAuthenticationServiceException("counters",
                new CannotCreateTransactionException("no connection"))).getRedirectedUrl()).isEqualTo("/login?unavailable");
        assertThat(signInPage(new BadCredentialsException("wrong")).getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void turnedAwayBecauseTooManyAreSigningInThePageSaysSoAndKeepsTheTypedUserNameButNeverThePassword() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", "Sam.Carer");
        request.setParameter("password", "a long enough password");
        MockHttpServletResponse response = new MockHttpServletResponse();
        SignInRefusals.forSignInPage().onAuthenticationFailure(request, response, new SignInBusyException());
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?busy");
        assertThat(request.getSession().getAttribute(SignInRefusalHook.TYPED_USERNAME)).isEqualTo("Sam.Carer");
        assertThat(java.util.Collections.list(request.getSession().getAttributeNames()))
                .allSatisfy(name -> assertThat(String.valueOf(request.getSession().getAttribute(name)))
                        .doesNotContain("a long enough password"));

        MockHttpServletRequest wrong = new MockHttpServletRequest("POST", "/login");
        wrong.setParameter("username", "Sam.Carer");
        SignInRefusals.forSignInPage().onAuthenticationFailure(wrong, new MockHttpServletResponse(), new BadCredentialsException("wrong"));
        assertThat(wrong.getSession(false) == null ? null : wrong.getSession(false).getAttribute(SignInRefusalHook.TYPED_USERNAME)).isNull();
    }

    @Test
    void turnedAwayBecauseTooManyAreSigningInTheApiAnswers503WithRetryAfter() throws Exception {
        MockHttpServletResponse busy = new MockHttpServletResponse();
        SignInRefusals.forHttpBasic((request, response, e) -> response.setStatus(401))
                .commence(new MockHttpServletRequest("GET", "/api/me"), busy, new SignInBusyException());
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("5");
        assertThat(busy.getContentType()).startsWith("application/json");
        assertThat(busy.getContentAsString()).isEqualTo("{\"error\":\"Lots of people are signing in right now. Please try again in a moment.\"}");
    }

    @Test
    void theApiAnswers429WithRetryAfterAndLeavesOtherFailuresToItsUsualAnswer() throws Exception {
        MockHttpServletResponse paused = new MockHttpServletResponse();
        SignInRefusals.forHttpBasic((request, response, e) -> response.setStatus(401))
                .commence(new MockHttpServletRequest("GET", "/api/me"), paused, new SignInPausedException(Duration.ofMillis(29_500)));
        assertThat(paused.getStatus()).isEqualTo(429);
        assertThat(paused.getHeader("Retry-After")).isEqualTo("30");
        assertThat(paused.getContentType()).startsWith("application/json");
        assertThat(paused.getContentAsString()).startsWith("{\"error\":\"Too many failed sign-in attempts.")
                .contains("try again in 30 seconds.");

        MockHttpServletResponse wrong = new MockHttpServletResponse();
        SignInRefusals.forHttpBasic((request, response, e) -> response.setStatus(401))
                .commence(new MockHttpServletRequest("GET", "/api/me"), wrong, new BadCredentialsException("wrong"));
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(DatabaseUnavailable.isCause(new InternalAuthenticationServiceException("counters",
                new CannotCreateTransactionException("no connection")))).isTrue();
    }
}
