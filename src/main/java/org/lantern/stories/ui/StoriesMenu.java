package org.lantern.stories.ui;

import org.lantern.base.ui.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Practice stories and their moderation in the side navigation. */
@Configuration(proxyBeanMethods = false)
class StoriesMenu {

    @Bean
    MenuGroup storiesMenuGroup() {
        return new MenuGroup("Stories", 20, Set.of("stories", "moderation"));
    }
}
