package org.lantern.stories.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.lantern.base.ui.Texts;
import org.lantern.stories.StoryDecision;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A story's audit trail: who did what and when, with what changed. */
class StoryHistory extends Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault());

    StoryHistory(List<StoryDecision> decisions) {
        addClassName("lantern-history");
        add(new H2("History"));
        OrderedList list = new OrderedList();
        for (StoryDecision d : decisions) {
            ListItem item = new ListItem();
            Span when = new Span(WHEN.format(d.at()) + " · " + d.actorName() + ": ");
            when.addClassName("lantern-meta");
            item.add(when, new Span(d.action()));
            if (!d.note().isEmpty()) {
                item.add(new Paragraph(d.note()));
            }
            d.changes().forEach((field, change) -> {
                if (change.textKept()) {
                    item.add(new NativeDetails("Changed " + field,
                            new Div(new Paragraph("Before: " + change.before()), new Paragraph("After: " + change.after()))));
                } else {
                    item.add(Texts.meta("Changed " + field + " (the text before and after is no longer kept)"));
                }
            });
            list.add(item);
        }
        add(list);
    }
}
