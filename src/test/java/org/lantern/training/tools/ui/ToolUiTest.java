package org.lantern.training.tools.ui;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.ui.NotFoundView;
import org.lantern.training.tools.SavedTool;
import org.lantern.training.tools.ToolService;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class ToolUiTest extends KaribuTest {

    private static final String SIGNS = "What tells you or others that things are getting harder?";

    @Autowired
    PeopleService people;

    @Autowired
    ToolService tools;

    @Test
    void staffFillInASafetyPlanSaveItAndSeeItListed() {
        signIn("staff");
        assertThat(open("tools/safety-plan")).isInstanceOf(ToolView.class);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains(ToolService.WARNING);
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Warning signs", "Agreement and review");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Title for this copy")), "Karibu practice plan");
        _setValue(_get(TextArea.class, spec -> spec.withLabel(SIGNS)), "Sleeping less and not answering the door.");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("The plan is written in the person's own words")), true);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Review date")), LocalDate.of(2026, 6, 1));
        _setValue(_get(TextField.class, spec -> spec.withLabel("First professional contact: role and service")),
                "x".repeat(301));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        String tooLong = "\u201cFirst professional contact: role and service\u201d is too long: at most 300 characters, "
                + "and this has 301.";
        assertThat(_find(Div.class, spec -> spec.withClasses("lantern-error")).stream().map(Div::getText)).contains(tooLong);
        assertThat(_get(TextField.class, spec -> spec.withLabel("First professional contact: role and service")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withLabel(SIGNS)).getValue()).isEqualTo("Sleeping less and not answering the door.");
        assertThat(tools.saved(account("staff"), "safety-plan")).extracting(SavedTool::title).doesNotContain("Karibu practice plan");

        _setValue(_get(TextField.class, spec -> spec.withLabel("First professional contact: role and service")),
                "Care coordinator, community team");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        SavedTool saved = tools.saved(account("staff"), "safety-plan").stream()
                .filter(c -> c.title().equals("Karibu practice plan")).findFirst().orElseThrow();
        assertThat(saved.values()).containsEntry("signs", "Sleeping less and not answering the door.")
                .containsEntry("own-words", "true")
                .containsEntry("review-date", "2026-06-01")
                .containsEntry("contact-1-role", "Care coordinator, community team");
        assertThat(_get(Anchor.class, spec -> spec.withText("Download PDF")).isVisible()).isTrue();

        open("tools");
        assertThat(_find(Anchor.class, spec -> spec.withText("Karibu practice plan")))
                .singleElement().extracting(Anchor::getHref).isEqualTo("tools/safety-plan/" + saved.id());
    }

    @Test
    void aNewSafetyPlanStartsWithCrisisLinesThePersonCanKeepOrChange() {
        String crisis = "Which crisis and out-of-hours options do you know about and want to use?";
        signIn("staff");
        open("tools/safety-plan");
        assertThat(_get(TextArea.class, spec -> spec.withLabel(crisis)).getValue())
                .contains("999", "NHS 111", "mental health option", "Samaritans, free on 116 123");
        // the suggested text is not an unsaved change: leaving straight away does not ask
        UI.getCurrent().navigate("journal");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ToolView.class);

        open("tools/safety-plan");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title for this copy")), "Karibu crisis lines");
        _setValue(_get(TextArea.class, spec -> spec.withLabel(crisis)), "My sister first, then Samaritans on 116 123.");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        SavedTool saved = tools.saved(account("staff"), "safety-plan").stream()
                .filter(c -> c.title().equals("Karibu crisis lines")).findFirst().orElseThrow();
        assertThat(saved.values()).containsEntry("crisis-options", "My sister first, then Samaritans on 116 123.");

        // a saved copy shows what the person kept, not the suggestions again, even when they cleared the field
        SavedTool cleared = tools.save(account("staff"), "safety-plan", null, "Karibu no crisis lines", Map.of("crisis-options", ""));
        open("tools/safety-plan/" + cleared.id());
        assertThat(_get(TextArea.class, spec -> spec.withLabel(crisis)).getValue()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSavedCopyOpensWithItsAnswersAndCanBeDeleted() {
        SavedTool copy = tools.save(account("staff"), "risk-decision", null, "Karibu risk practice",
                Map.of("likelihood", "Likely", "goal", "Cook a meal for friends."));
        signIn("staff");
        open("tools/risk-decision/" + copy.id());
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title for this copy")).getValue()).isEqualTo("Karibu risk practice");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("How likely is this?")).getValue()).isEqualTo("Likely");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("What does the person want to do?")).getValue())
                .isEqualTo("Cook a meal for friends.");

        _click(_get(Button.class, spec -> spec.withText("Delete this copy")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ToolsView.class);
        assertThat(tools.find(account("staff"), copy.id())).isEmpty();
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        signIn("staff");
        open("tools/strengths-checklist");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What are you good at?")), "Fixing bikes");
        UI.getCurrent().navigate("journal");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ToolView.class);
        assertThat(_get(ConfirmDialog.class).isOpened()).isTrue();
    }

    @Test
    void someoneElsesCopyAndUnknownToolsAreNotFound() {
        SavedTool copy = tools.save(account("staff"), "safety-plan", null, "Staff's own plan", Map.of("signs", "Private words"));
        signIn("manager");
        Component view = open("tools/safety-plan/" + copy.id());
        assertThat(view).isInstanceOf(NotFoundView.class);
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(open("tools/no-such-tool")).isInstanceOf(NotFoundView.class);

        open("tools");
        assertThat(_find(Anchor.class, spec -> spec.withText("Staff's own plan"))).isEmpty();
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
