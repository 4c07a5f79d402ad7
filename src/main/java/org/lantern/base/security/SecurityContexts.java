package org.lantern.base.security;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Where this application keeps the signed-in person for the request: its own strategy bean (Vaadin's),
 * not Spring Security's static holder, which another application started in the same JVM (a backup
 * command, a second test context) replaces with a strategy whose thread-local this one never fills.
 * Everything that asks "who is signed in?" outside a view asks here.
 */
@Component
public class SecurityContexts {

    private final @Nullable ObjectProvider<SecurityContextHolderStrategy> beans;
    private volatile @Nullable SecurityContextHolderStrategy resolved;

    @Autowired
    SecurityContexts(ObjectProvider<SecurityContextHolderStrategy> beans) {
        this.beans = beans;
    }

    private SecurityContexts() {
        this.beans = null;
    }

    /** Spring Security's global holder only: for classes built by hand in tests, outside an application. */
    public static SecurityContexts global() {
        return new SecurityContexts();
    }

    /** The application's strategy, looked up once (a bean lookup by type), or the global one. */
    public SecurityContextHolderStrategy strategy() {
        SecurityContextHolderStrategy own = resolved;
        if (own == null && beans != null) {
            own = beans.getIfUnique();
            resolved = own;
        }
        return own != null ? own : SecurityContextHolder.getContextHolderStrategy();
    }

    /** The current request's authentication, if any. */
    public @Nullable Authentication authentication() {
        return strategy().getContext().getAuthentication();
    }
}
