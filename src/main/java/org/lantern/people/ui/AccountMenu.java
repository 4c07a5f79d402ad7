package org.lantern.people.ui;

import org.lantern.base.ui.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The person's own account page in the side navigation. */
@Configuration(proxyBeanMethods = false)
class AccountMenu {

    @Bean
    MenuGroup accountMenuGroup() {
        return new MenuGroup("My account", 80, Set.of("account"));
    }
}
