package org.lantern.training.tools.ui;

import org.lantern.base.ui.HomeWidget;
import org.lantern.training.tools.ToolDefinition;
import org.lantern.training.tools.ToolService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.stream.Collectors;

/** The practice tools on the home page. */
@Configuration(proxyBeanMethods = false)
class ToolsHome {

    /** A line on the Learn card pointing to the practice tools. */
    @Bean
    HomeWidget toolsHomeWidget(ToolService tools) {
        return HomeWidget.of("learn", (card, account) -> {
            if (!tools.tools().isEmpty()) {
                String names = tools.tools().stream().map(ToolDefinition::title).collect(Collectors.joining(", "));
                card.asLine().text("Practice tools: " + names + ".").link("tools", "Open practice tools");
            }
        });
    }
}
