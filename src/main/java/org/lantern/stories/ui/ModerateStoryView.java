package org.lantern.stories.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.RouteId;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryException;
import org.lantern.stories.StoryModeration;
import org.lantern.stories.StoryReview;
import org.lantern.stories.StoryWriting;

import java.util.function.Supplier;

/**
 * An editor reviews one story: safeguarding guidance when it is held, the de-identification flags,
 * edits, then a decision (approve, request changes, reject). Everything is recorded in its history.
 */
@Route("moderation/:id")
@RolesAllowed(Role.EDITOR_ROLE)
public class ModerateStoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StoryModeration stories;
    private final StoryWriting writing;
    private final Account account;
    private final Div error = Texts.alert();
    private String title = "Review a story";

    ModerateStoryView(StoryModeration stories, StoryWriting writing, CurrentAccount currentAccount) {
        this.stories = stories;
        this.writing = writing;
        this.account = currentAccount.require();
        addClassNames("lantern-page", "lantern-reading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteId.require(event, "id");
        StoryReview review = stories.review(account, id).orElse(null);
        if (review == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(review);
    }

    private void show(StoryReview review) {
        PracticeStory story = review.story();
        title = "Review: " + story.title();
        removeAll();
        error.setText("");
        add(new Anchor("moderation", "Back to stories to review"), new H1("Review: " + story.title()));
        Paragraph status = new Paragraph("Status: " + story.status().label() + ". Written by " + story.authorName() + ".");
        status.addClassName("lantern-meta");
        add(status, error);
        if (review.held()) {
            add(createSafeguarding(review));
        }
        var checks = review.checks();
        add(checks.personalDetails().isEmpty() ? new Paragraph("No likely personal details found.")
                : StoryChecksPanel.personalDetails(checks));
        if (!checks.personalDetails().isEmpty()) {
            add(FlaggedText.of(story.draft().allText(), checks.personalDetails()));
        }
        if (review.waitingForDecision()) {
            add(createEditor(story), createDecision(review));
        } else {
            add(new Anchor(StoryLinks.story(story.slug()), "Read the story"));
        }
        add(new StoryHistory(review.history()));
    }

    private Component createSafeguarding(StoryReview review) {
        PracticeStory story = review.story();
        Section box = new Section(new H2("Held for safeguarding"), new Paragraph(StoryModeration.SAFEGUARDING_GUIDANCE));
        box.addClassName("lantern-safeguarding-box");
        review.checks().safeguarding().forEach(s -> box.add(new Paragraph("Words found: \u201C" + s + "\u201D")));
        TextArea note = new TextArea("What was done through the safeguarding route, and by whom");
        note.setWidthFull();
        Button done = new Button("Record safeguarding action", e -> act(() -> stories.clearSafeguardingHold(account, story.id(), note.getValue())));
        box.add(note, done);
        return box;
    }

    private Component createEditor(PracticeStory story) {
        StoryForm form = new StoryForm(StoryForm.Mode.EDITOR);
        form.setValue(story.draft());
        form.addCheckListener(e -> form.showChecks(writing.check(e.draft())));
        form.addSaveListener(e -> act(() -> stories.edit(account, story.id(), e.draft(), "")));
        return new Section(new H2("Edit"), form);
    }

    private Component createDecision(StoryReview review) {
        PracticeStory story = review.story();
        TextArea note = new TextArea("Note for the author");
        note.setWidthFull();
        note.setHelperText("Needed when you request changes or do not accept the story.");
        Button approve = new Button("Approve", e -> act(() -> stories.approve(account, story.id(), note.getValue())));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(review.mayApprove());
        Button changes = new Button("Request changes", e -> act(() -> stories.requestChanges(account, story.id(), note.getValue())));
        Button reject = new Button("Do not accept", e -> act(() -> stories.reject(account, story.id(), note.getValue())));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(approve, changes, reject);
        buttons.addClassName("lantern-toolbar");
        return new Section(new H2("Decision"), new Paragraph("Approving sends the story back to its author, who decides "
                + "whether to publish it and where."), note, buttons);
    }

    private void act(Supplier<PracticeStory> action) {
        try {
            PracticeStory story = action.get();
            stories.review(account, story.id()).ifPresentOrElse(this::show, () -> showDecided(story));
        } catch (StoryException e) {
            error.setText(e.getMessage());
        }
    }

    /** After a decision that takes the story out of editors' sight (approved, sent back, not accepted). */
    private void showDecided(PracticeStory story) {
        removeAll();
        error.setText("");
        add(new Anchor("moderation", "Back to stories to review"), new H1("Review: " + story.title()));
        add(Texts.meta("Status: " + story.status().label() + ". Your decision is recorded; editors see "
                + "this story again only if it is sent for review again or published."));
    }

    @Override
    public String getPageTitle() {
        return title + " | Lantern";
    }
}
