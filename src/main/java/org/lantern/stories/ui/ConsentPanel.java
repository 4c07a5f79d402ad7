package org.lantern.stories.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.base.ui.Texts;
import org.lantern.stories.Audience;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryException;
import org.lantern.stories.StoryPage;
import org.lantern.stories.StoryWriting;

import java.util.EnumSet;
import java.util.function.Consumer;

/**
 * What the author of a story sees above it: where it is, the editor's note, the consent to publish
 * (with the audiences) once approved, and withdrawal of consent at any time.
 */
class ConsentPanel extends Div {

    private final StoryWriting stories;
    private final Account account;
    private final Consumer<PracticeStory> changed;
    private final Div error = Texts.alert();

    ConsentPanel(StoryWriting stories, Account account, StoryPage page, Consumer<PracticeStory> changed) {
        this.stories = stories;
        this.account = account;
        this.changed = changed;
        PracticeStory story = page.story();
        addClassName("lantern-consent");
        add(new H2("Your story: " + story.status().label()));
        add(new Paragraph(story.status().explanation()));
        if (!story.editorNote().isEmpty()) {
            add(new Paragraph("Note from the editor: " + story.editorNote()));
        }
        if (page.mayEdit()) {
            add(new Anchor(StoryLinks.write(story.id()), "Edit your story"));
        }
        if (page.awaitingConsent()) {
            add(createPublishConsent(story));
        }
        if (page.mayWithdraw()) {
            add(createWithdraw(story));
        }
        add(error);
    }

    private Div createPublishConsent(PracticeStory story) {
        CheckboxGroup<Audience> audiences = new CheckboxGroup<>("Where may your story be used?");
        audiences.setItems(Audience.values());
        audiences.setItemLabelGenerator(a -> a.label() + ": " + a.description());
        audiences.setValue(EnumSet.of(Audience.LIBRARY));
        Button publish = new Button("I agree: publish my story", e -> act(() ->
                stories.consentToPublish(account, story.id(), audiences.getValue())));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph explain = new Paragraph("An editor has approved your story. Read it below as it will appear, including "
                + "any edits. Nothing is published until you agree, and you can withdraw your consent at any time.");
        return new Div(explain, audiences, publish);
    }

    private Div createWithdraw(PracticeStory story) {
        Div area = new Div();
        area.addClassName("lantern-toolbar");
        Button withdraw = new Button("Withdraw my consent");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> {
            area.removeAll();
            Paragraph ask = new Paragraph("Withdraw your consent? The story will be removed from the library, reflective "
                    + "sessions and training straight away. This cannot be undone.");
            Button yes = new Button("Yes, withdraw it", ok -> act(() -> stories.withdraw(account, story.id())));
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            Button no = new Button("Keep it", cancel -> changed.accept(story));
            area.add(ask, yes, no);
        });
        area.add(withdraw);
        return area;
    }

    private void act(java.util.function.Supplier<PracticeStory> action) {
        try {
            changed.accept(action.get());
        } catch (StoryException e) {
            error.setText(e.getMessage());
        }
    }
}
