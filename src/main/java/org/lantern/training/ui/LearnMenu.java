package org.lantern.training.ui;

import org.lantern.base.ui.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Training's pages in the side navigation: modules and the practice tools (the journal adds itself to the same group). */
@Configuration(proxyBeanMethods = false)
class LearnMenu {

    @Bean
    MenuGroup learnMenuGroup() {
        return new MenuGroup("Learn", 10, Set.of("learn", "tools"));
    }
}
