package org.lantern.training.tools.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.training.tools.ToolDefinition;
import org.lantern.training.tools.ToolService;

import java.util.Optional;
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
    public Optional<Component> create(Account account) {
        if (tools.tools().isEmpty()) {
            return Optional.empty();
        }
        String names = tools.tools().stream().map(ToolDefinition::title).collect(Collectors.joining(", "));
        Div widget = new Div(new Paragraph("Practice tools: " + names + "."), new Anchor("tools", "Open practice tools"));
        widget.addClassName("lantern-home-widget");
        return Optional.of(widget);
    }
}
