package org.lantern.selfreview.ui;

import org.lantern.base.ui.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Team self-reviews sit with reflective sessions in the side navigation. */
@Configuration(proxyBeanMethods = false)
class SelfReviewMenu {

    @Bean
    MenuGroup selfReviewMenuGroup() {
        return new MenuGroup("Sessions", 40, Set.of("self-review"));
    }
}
