package org.lantern.surveys.ui;

import org.lantern.base.ui.MenuGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Surveys to answer and the programmes that run them, in the side navigation. */
@Configuration(proxyBeanMethods = false)
class SurveysMenu {

    @Bean
    MenuGroup surveysMenuGroup() {
        return new MenuGroup("Surveys", 30, Set.of("surveys", "programmes"));
    }
}
