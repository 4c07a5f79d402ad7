package org.lantern.reports.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.lantern.base.ui.Texts;
import org.lantern.reports.ReleaseInfo;
import org.lantern.reports.ReleaseService;
import org.lantern.reports.ReportFormat;

import java.time.ZoneId;

/**
 * For evaluators: where the chosen pair of surveys stands (released or not, what is new since the
 * last release) and the button that opens the {@link ReleaseDialog}.
 */
class ReleasePanel extends Div {

    /** Fired when the evaluator asks to make a release. */
    static final class ReleaseRequested extends ComponentEvent<ReleasePanel> {
        ReleaseRequested(ReleasePanel source) {
            super(source, false);
        }
    }

    ReleasePanel(ReleaseService.ReleaseStatus status) {
        addClassName("lantern-release-panel");
        add(new H2("Releasing figures"));
        ReleaseInfo latest = status.latest();
        if (latest == null) {
            add(new Paragraph("No figures have been released for these surveys yet. Figures are worked out once, after both "
                    + "surveys have closed, checked so that nobody's answers can be worked out from them, and then never change."));
        } else {
            add(new Paragraph("Release " + latest.version() + " was made on "
                    + ReportFormat.date(latest.releasedAt().atZone(ZoneId.systemDefault()).toLocalDate()) + " by "
                    + latest.releasedBy() + "."));
            if (status.newResponses() > 0) {
                Paragraph news = new Paragraph("New responses since the last release: " + status.newResponses() + " (from "
                        + status.newPeople() + (status.newPeople() == 1 ? " person" : " people") + ").");
                news.addClassName("lantern-release-news");
                add(news);
            }
        }
        if (status.canRelease()) {
            Button release = new Button(latest == null ? "Release figures…" : "Make a new release…",
                    e -> fireEvent(new ReleaseRequested(this)));
            release.addThemeVariants(ButtonVariant.PRIMARY);
            release.setId("release-figures");
            add(release);
        } else {
            add(Texts.meta(status.notYet()));
        }
    }

    Registration addReleaseRequestedListener(ComponentEventListener<ReleaseRequested> listener) {
        return addListener(ReleaseRequested.class, listener);
    }
}
