package org.lantern.reflection.ui;

import org.lantern.base.ui.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Reflective sessions in the side navigation (team actions and self-reviews add themselves to the same group). */
@Configuration(proxyBeanMethods = false)
class SessionsMenu {

    @Bean
    MenuGroup sessionsMenuGroup() {
        return new MenuGroup("Sessions", 40, Set.of("sessions"));
    }
}
