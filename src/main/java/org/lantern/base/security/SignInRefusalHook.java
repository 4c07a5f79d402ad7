package org.lantern.base.security;

import java.time.Duration;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * How a refused password sign-in is answered, provided as a bean by the feature that throttles sign-ins:
 * the security chains only wire it in.
 */
public interface SignInRefusalHook {

    /**
     * Session attribute: the user name someone typed when their sign-in was refused through no fault of
     * theirs (too many people signing in at once, or no database), for the sign-in page to fill in again.
     */
    String TYPED_USERNAME = SignInRefusalHook.class.getName() + ".TYPED_USERNAME";

    /** For the sign-in form: where the browser goes after a refused sign-in. */
    AuthenticationFailureHandler forSignInPage();

    /** For HTTP Basic: the answer to a refused sign-in, {@code otherwise} for any other failure. */
    AuthenticationEntryPoint forHttpBasic(AuthenticationEntryPoint otherwise);

    /** The longest a sign-in can be paused: the sign-in page believes no longer wait than this. */
    Duration longestPause();
}
