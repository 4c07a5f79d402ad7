package org.lantern.training.tools.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.CurrentAccount;
import org.lantern.training.tools.SavedTool;
import org.lantern.training.tools.ToolDefinition;
import org.lantern.training.tools.ToolService;

import java.util.List;

/** The practice tools, each with the signed-in person's own saved copies. */
@Route("tools")
@PageTitle("Practice tools | Lantern")
@Menu(title = "Practice tools", order = 160, icon = "vaadin:clipboard-check")
@PermitAll
public class ToolsView extends Div {

    ToolsView(ToolService tools, CurrentAccount currentAccount) {
        addClassName("lantern-page");
        Account account = currentAccount.require();
        Paragraph lead = Texts.lead("Checklists to practise with and to think through real situations. "
                + "Your saved copies are private: only you can see them.");
        add(new H1("Practice tools"), ToolNotice.create(), lead);
        Div cards = new Div();
        cards.addClassName("lantern-cards");
        for (ToolDefinition tool : tools.tools()) {
            cards.add(createCard(tool, tools.saved(account, tool.key())));
        }
        if (tools.tools().isEmpty()) {
            add(Texts.empty("No practice tools are available at the moment."));
        }
        add(cards);
    }

    private static Component createCard(ToolDefinition tool, List<SavedTool> saved) {
        Section card = new Section();
        card.addClassNames("lantern-card", "lantern-tool-card");
        Anchor start = new Anchor("tools/" + tool.key(), "Start a new " + tool.title().toLowerCase());
        start.addClassName("lantern-button-link");
        card.add(new H2(tool.title()), new Paragraph(tool.summary()), start, new H3("Your saved copies"));
        if (saved.isEmpty()) {
            card.add(Texts.empty("You have no saved copies yet."));
            return card;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("lantern-saved-list");
        for (SavedTool copy : saved) {
            Paragraph when = new Paragraph("Saved " + ToolNotice.dateTime(copy.updatedAt()));
            when.addClassName("lantern-meta");
            list.add(new ListItem(new Anchor("tools/" + tool.key() + "/" + copy.id(), copy.title()), when));
        }
        card.add(list);
        return card;
    }
}
