package org.lantern.journal.ui;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.journal.JournalEntry;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class JournalUiTest extends KaribuTest {

    @Autowired
    PeopleService people;

    @Autowired
    JournalService journal;

    private static List<String> texts(String className) {
        return _find(Div.class, spec -> spec.withClasses(className)).stream().map(Div::getText).toList();
    }

    private static List<String> headings() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }

    @Test
    void staffWriteAFreeEntryAndSeeItInTheirJournal() {
        signIn("staff");
        assertThat(open("journal")).isInstanceOf(JournalView.class);
        _click(_get(Button.class, spec -> spec.withText("New entry")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title (optional)")), "After the team meeting");

        _click(_get(Button.class, spec -> spec.withText("Save entry")));
        assertThat(texts("lantern-error")).contains("Write something before saving.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title (optional)")).getValue())
                .isEqualTo("After the team meeting");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your entry")),
                "We talked about doing with people, not for them. I want to try it at breakfast.");
        _click(_get(Button.class, spec -> spec.withText("Save entry")));

        assertThat(headings()).contains("After the team meeting");
        assertThat(texts("lantern-journal-body"))
                .contains("We talked about doing with people, not for them. I want to try it at breakfast.");
        assertThat(journal.entries(account("staff"))).extracting(JournalEntry::title).contains("After the team meeting");
    }

    @Test
    void theEntryFormRemindsPeopleToKeepItPrivate() {
        signIn("staff");
        open("journal");
        _click(_get(Button.class, spec -> spec.withText("New entry")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Your entry")).getHelperText())
                .isEqualTo("Keep it private and don't name people using services or colleagues.");
    }

    @Test
    void staffChangeAndDeleteAnEntry() {
        JournalEntry entry = journal.add(account("staff"), "To change later", "First version.", "", JournalSource.free());
        signIn("staff");
        open("journal");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Edit \u201cTo change later\u201d")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your entry")), "Second version.");
        _click(_get(Button.class, spec -> spec.withText("Save entry")));
        assertThat(journal.entry(account("staff"), entry.id())).get().extracting(JournalEntry::body).isEqualTo("Second version.");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Delete \u201cTo change later\u201d")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(journal.entry(account("staff"), entry.id())).isEmpty();
        assertThat(headings()).doesNotContain("To change later");
    }

    @Test
    void leavingWithUnsavedTextAsksFirst() {
        signIn("staff");
        open("journal");
        _click(_get(Button.class, spec -> spec.withText("New entry")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your entry")), "Half a thought");
        UI.getCurrent().navigate("tools");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(JournalView.class);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Your entry")).getValue()).isEqualTo("Half a thought");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(JournalView.class);
    }

    @Test
    void aManagerOpeningTheJournalSeesOnlyTheirOwn() {
        journal.add(account("staff"), "Staff only", "Written by the staff member for themselves.", "", JournalSource.free());
        signIn("manager");
        open("journal");
        assertThat(headings()).doesNotContain("Staff only");
        assertThat(texts("lantern-journal-body")).doesNotContain("Written by the staff member for themselves.");
    }

    @Test
    void lessonEntriesLinkBackToTheLesson() {
        journal.add(account("editor"), "", "Hope is a practice.", "What keeps hope going?",
                JournalSource.lesson("recovery-in-everyday-practice/02-holding-hope", "Holding hope"));
        signIn("editor");
        open("journal");
        assertThat(_find(Anchor.class, spec -> spec.withText("Holding hope")))
                .singleElement().extracting(Anchor::getHref)
                .isEqualTo("learn/recovery-in-everyday-practice/02-holding-hope");
    }

    @Test
    void aReflectionPromptSavesToTheJournalAndShowsEarlierAnswers() {
        signIn("evaluator");
        JournalSource lesson = JournalSource.lesson("working-with-strengths/01-starting-from-strengths",
                "Starting from strengths");
        String prompt = "What is one strength you noticed this week?";
        ReflectionPrompt reflection = new ReflectionPrompt(journal, account("evaluator"), prompt, lesson);
        UI.getCurrent().add(reflection);
        List<JournalEntry> saved = new java.util.ArrayList<>();
        reflection.addSavedListener(e -> saved.add(e.entry()));

        TextArea answer = _get(reflection, TextArea.class, spec -> spec.withLabel(prompt));
        assertThat(answer.getHelperText()).isEqualTo("Keep it private and don't name people using services or colleagues.");
        _setValue(answer, "Someone on the team remembered every birthday.");
        _click(_get(reflection, Button.class, spec -> spec.withText("Save to my journal")));

        assertThat(saved).singleElement().satisfies(entry -> {
            assertThat(entry.prompt()).isEqualTo(prompt);
            assertThat(entry.source()).isEqualTo(lesson);
            assertThat(entry.title()).isEqualTo(prompt);
        });
        assertThat(answer.getValue()).isEmpty();
        assertThat(_find(reflection, Div.class, spec -> spec.withClasses("lantern-journal-body")))
                .extracting(Div::getText).containsExactly("Someone on the team remembered every birthday.");
        assertThat(journal.entriesFrom(account("evaluator"), "lesson", lesson.ref())).hasSize(1);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
