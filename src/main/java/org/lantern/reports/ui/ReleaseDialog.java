package org.lantern.reports.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.lantern.reports.ReleaseService;
import org.lantern.reports.ReportFormat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Confirms a release: what will be released, and the written answers it would show, each of which
 * the evaluator can remove first (for example one that names a person using services).
 */
class ReleaseDialog extends Dialog {

    /** The evaluator confirmed: these comments were reviewed, these are to be removed. */
    static final class Confirmed extends ComponentEvent<ReleaseDialog> {
        private final Set<String> reviewed;
        private final Set<String> remove;

        Confirmed(ReleaseDialog source, Set<String> reviewed, Set<String> remove) {
            super(source, false);
            this.reviewed = reviewed;
            this.remove = remove;
        }

        Set<String> reviewed() {
            return reviewed;
        }

        Set<String> remove() {
            return remove;
        }
    }

    private final Map<String, Checkbox> removals = new LinkedHashMap<>();
    private final Paragraph error = new Paragraph();

    ReleaseDialog(String programmeTitle, ReleaseService.ReleaseStatus status, List<ReleaseService.PendingComment> comments) {
        setHeaderTitle("Release figures");
        addClassName("lantern-release-dialog");
        add(new Paragraph(programmeTitle + ": the " + ReportFormat.wave(status.before().key()).toLowerCase(java.util.Locale.ROOT)
                + " survey (closed " + ReportFormat.date(status.before().closes()) + ") compared with the "
                + ReportFormat.wave(status.after().key()).toLowerCase(java.util.Locale.ROOT) + " survey (closed "
                + ReportFormat.date(status.after().closes()) + ")."));
        add(new Paragraph("Once released, these figures are shown to evaluators, and each team's to its managers, and they cannot "
                + "be changed. Answers that arrive later go into a new release."));
        Div list = new Div();
        list.addClassName("lantern-release-comments");
        if (comments.isEmpty()) {
            list.add(new Paragraph("The release will show no written answers."));
        } else {
            list.add(new H3("Written answers that will be shown"));
            list.add(new Paragraph("Tick any answer that could identify someone (a name, a rare detail) to remove it before release."));
            for (ReleaseService.PendingComment c : comments) {
                Div item = new Div();
                item.addClassName("lantern-release-comment");
                Paragraph question = new Paragraph(ReportFormat.wave(c.wave()) + " survey: " + c.question());
                question.addClassName("lantern-meta");
                Paragraph text = new Paragraph(c.text());
                Checkbox remove = new Checkbox("Remove this answer before release");
                removals.put(c.id(), remove);
                item.add(question, text, remove);
                list.add(item);
            }
        }
        add(list);
        error.addClassName("lantern-error");
        error.setVisible(false);
        add(error);
        Button release = new Button("Release", e -> fireEvent(new Confirmed(this, Set.copyOf(removals.keySet()),
                removals.entrySet().stream().filter(x -> x.getValue().getValue()).map(Map.Entry::getKey).collect(Collectors.toSet()))));
        release.addThemeVariants(ButtonVariant.PRIMARY);
        release.setId("release-confirm");
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, release);
    }

    /** Shows why the release could not be made, keeping the dialog open. */
    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    Registration addConfirmedListener(ComponentEventListener<Confirmed> listener) {
        return addListener(Confirmed.class, listener);
    }
}
