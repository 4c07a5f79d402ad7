package org.lantern.base.security;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.security.Principal;
import java.util.List;

/**
 * Lets an API controller method take the caller's {@link Account} as a parameter, as views get it from
 * {@link CurrentAccount}, and hand it to services. The account is read once per request from the
 * authenticated user's name; a caller whose account no longer exists is refused.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class SignedInAccountArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final AccountLookup people;

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Account.class;
    }

    @Override
    public Account resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
                                   NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        Principal caller = request.getUserPrincipal();
        if (caller == null) {
            throw new AccessDeniedException("Sign in first.");
        }
        return people.findByUsername(caller.getName()).orElseThrow(() -> new AccessDeniedException("Your account no longer exists."));
    }
}
