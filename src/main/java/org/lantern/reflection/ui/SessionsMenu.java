package org.lantern.reflection.ui;

import org.lantern.base.ui.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Reflective sessions and their team actions in the side navigation (actions join here until they have a package of their own). */
@Configuration(proxyBeanMethods = false)
class SessionsMenu {

    @Bean
    MenuGroup sessionsMenuGroup() {
        return new MenuGroup("Sessions", 40, Set.of("sessions", "actions", "team"));
    }
}
