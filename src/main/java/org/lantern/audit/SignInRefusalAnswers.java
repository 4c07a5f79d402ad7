package org.lantern.audit;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.SignInRefusalHook;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Plugs {@link SignInRefusals} into the security chains, which know only {@link SignInRefusalHook}. */
@Component
@RequiredArgsConstructor
class SignInRefusalAnswers implements SignInRefusalHook {

    private final SignInProperties properties;

    @Override
    public AuthenticationFailureHandler forSignInPage() {
        return SignInRefusals.forSignInPage();
    }

    @Override
    public AuthenticationEntryPoint forHttpBasic(AuthenticationEntryPoint otherwise) {
        return SignInRefusals.forHttpBasic(otherwise);
    }

    /** A user name and address pair waits at most {@code max-delay}; an address at most one {@code window}. */
    @Override
    public Duration longestPause() {
        return properties.maxDelay().compareTo(properties.window()) >= 0 ? properties.maxDelay() : properties.window();
    }
}
