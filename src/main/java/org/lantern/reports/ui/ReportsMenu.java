package org.lantern.reports.ui;

import org.lantern.base.ui.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Reports in the side navigation. */
@Configuration(proxyBeanMethods = false)
class ReportsMenu {

    @Bean
    MenuGroup reportsMenuGroup() {
        return new MenuGroup("Reports", 50, Set.of("reports"));
    }
}
