package org.lantern.reports.ui;

import lombok.RequiredArgsConstructor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.lantern.base.ui.Texts;
import org.lantern.reports.Comments;
import org.lantern.reports.Report;
import org.lantern.reports.ReportFormat;

import java.util.ArrayList;
import java.util.List;

/** "What staff wrote" on the report page: the written answers a release shows, in random order, without names. */
@RequiredArgsConstructor
final class ReportCommentsSection {

    private static final int QUOTES_SHOWN = 40;

    private final Report report;

    List<Component> components() {
        List<Component> parts = new ArrayList<>(List.of(new H2("What staff wrote")));
        if (report.comments().isEmpty()) {
            parts.add(new Paragraph("This survey has no questions with written answers."));
            return parts;
        }
        parts.add(Texts.meta("In random order, without names. A team is named only when its own written answers "
                + "could be shown too. The evaluator may have removed answers that could identify someone before the release."));
        for (Comments c : report.comments()) {
            parts.add(new H3(ReportFormat.wave(c.waveKey()) + " survey: " + c.item().text()));
            if (c.hidden() != null) {
                Paragraph hidden = new Paragraph("Not shown. " + report.explain(c.hidden()));
                hidden.addClassName("lantern-suppressed");
                parts.add(hidden);
                continue;
            }
            if (c.removed() > 0) {
                parts.add(Texts.meta(c.removed() + (c.removed() == 1 ? " answer was" : " answers were")
                        + " removed by the evaluator before the release."));
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("lantern-quotes");
            c.quotes().stream().limit(QUOTES_SHOWN).forEach(q -> {
                ListItem item = new ListItem(new Span(q.text()));
                if (q.team() != null) {
                    Span team = new Span(" (" + q.team() + ")");
                    team.addClassName("lantern-meta");
                    item.add(team);
                }
                list.add(item);
            });
            parts.add(list);
            if (c.quotes().size() > QUOTES_SHOWN) {
                parts.add(new Paragraph("Showing " + QUOTES_SHOWN + " of " + c.quotes().size()
                        + " answers, picked at random. Download the spreadsheet for all of them."));
            }
        }
        return parts;
    }
}
