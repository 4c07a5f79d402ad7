package org.lantern.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in turned away on a busy morning ({@link SignInBusyException}) stops at the provider that turned it away
 * and is not logged as an internal error (a busy morning turns away hundreds: each used to leave an ERROR line and a
 * stack trace in the log).
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInBusyExceptionTest {

    @Test
    void aBusyAnswerTriesNoOtherProviderAndIsNotLoggedAsAnInternalError(CapturedOutput output) throws Exception {
        AtomicInteger othersTried = new AtomicInteger();
        AuthenticationProvider busy = provider(() -> {
            throw new SignInBusyException();
        });
        AuthenticationProvider other = provider(() -> {
            othersTried.incrementAndGet();
            return null;
        });
        var filter = new UsernamePasswordAuthenticationFilter(new ProviderManager(busy, other));
        filter.setAuthenticationFailureHandler((request, response, e) -> response.setStatus(e instanceof SignInBusyException ? 503 : 401));
        filter.afterPropertiesSet();
        var request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setParameter("username", "sam");
        request.setParameter("password", "a password");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(othersTried).hasValue(0);
        assertThat(output.getAll()).doesNotContain("internal error").doesNotContain(SignInBusyException.class.getSimpleName());
    }

    private static AuthenticationProvider provider(java.util.function.Supplier<UsernamePasswordAuthenticationToken> answer) {
        return new AuthenticationProvider() {
            @Override
            public org.springframework.security.core.Authentication authenticate(org.springframework.security.core.Authentication authentication) {
                return answer.get();
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
    }
}
