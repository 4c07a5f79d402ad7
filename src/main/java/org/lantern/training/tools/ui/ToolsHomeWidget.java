package org.lantern.training.tools.ui;

import org.lantern.base.ui.HomeCard;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.training.tools.ToolDefinition;
import org.lantern.training.tools.ToolService;

import java.util.stream.Collectors;

/** A line on the home page's Learn card pointing to the practice tools. */
@org.springframework.stereotype.Component
class ToolsHomeWidget implements HomeWidget {

    private final ToolService tools;

    ToolsHomeWidget(ToolService tools) {
        this.tools = tools;
    }

    @Override
    public String area() {
        return "learn";
    }

    @Override
    public void fill(HomeCard card, Account account) {
        if (!tools.tools().isEmpty()) {
            String names = tools.tools().stream().map(ToolDefinition::title).collect(Collectors.joining(", "));
            card.asLine().text("Practice tools: " + names + ".").link("tools", "Open practice tools");
        }
    }
}
