package org.lantern.actions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.lantern.base.ui.Texts;
import org.lantern.actions.ActionPoint;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A plain list of actions, as session pages and facilitation mode show them, and the log's date wording. */
public final class ActionList {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ActionList() {
    }

    /** Each action with its owner, due date and status; "No actions yet." when there are none. */
    public static Component of(List<ActionPoint> actions) {
        if (actions.isEmpty()) {
            return Texts.empty("No actions yet.");
        }
        UnorderedList list = new UnorderedList();
        for (ActionPoint a : actions) {
            String due = a.due() == null ? "" : ", due " + DAY.format(a.due());
            list.add(new ListItem(a.description() + " (" + a.ownerName() + due + ", " + a.status().label().toLowerCase() + ")"));
        }
        return list;
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }
}
