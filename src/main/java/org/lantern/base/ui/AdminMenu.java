package org.lantern.base.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The administration pages of every feature live under {@code admin/}: one group for all of them. */
@Configuration(proxyBeanMethods = false)
class AdminMenu {

    @Bean
    MenuGroup adminMenuGroup() {
        return new MenuGroup("Admin", 70, Set.of("admin"));
    }
}
