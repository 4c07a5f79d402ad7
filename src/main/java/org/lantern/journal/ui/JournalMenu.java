package org.lantern.journal.ui;

import org.lantern.base.ui.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The journal in the side navigation, beside the training it is written alongside. */
@Configuration(proxyBeanMethods = false)
class JournalMenu {

    @Bean
    MenuGroup journalMenuGroup() {
        return new MenuGroup("Learn", 10, Set.of("journal"));
    }
}
