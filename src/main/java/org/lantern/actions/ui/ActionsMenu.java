package org.lantern.actions.ui;

import org.lantern.base.ui.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The team action log in the side navigation, beside the sessions where most actions are agreed. */
@Configuration(proxyBeanMethods = false)
class ActionsMenu {

    @Bean
    MenuGroup actionsMenuGroup() {
        return new MenuGroup("Sessions", 40, Set.of("actions"));
    }
}
