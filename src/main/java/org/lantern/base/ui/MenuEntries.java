package org.lantern.base.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The menu entries a signed-in person may open, worked out once per set of authorities (roles) rather than
 * on every page load: Vaadin checks each route's access rules to list them, and the answer depends only on
 * the routes, which are fixed when Lantern starts, and on the person's authorities, which are the key.
 * When an administrator changes someone's roles, their session ends and the next one has the new set.
 */
@Component
@RequiredArgsConstructor
class MenuEntries {

    private final AuthenticationContext authentication;
    private final Map<Set<String>, List<MenuEntry>> byAuthorities = new ConcurrentHashMap<>();

    /** The entries for the person of the current request, in Vaadin's order. */
    List<MenuEntry> forCurrentPerson() {
        Set<String> authorities = authentication.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
        return byAuthorities.computeIfAbsent(authorities, key -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
