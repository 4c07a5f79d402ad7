package org.lantern.training.tools.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.training.tools.ToolService;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The warning at the top of every tool page, and dates as the tool pages show them. */
final class ToolNotice {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private ToolNotice() {
    }

    static Div create() {
        Div notice = new Div(new Paragraph(ToolService.WARNING));
        notice.addClassName("lantern-notice");
        notice.getElement().setAttribute("role", "note");
        return notice;
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
