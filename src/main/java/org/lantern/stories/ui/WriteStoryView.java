package org.lantern.stories.ui;

import org.lantern.base.security.Account;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.base.ui.RouteId;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryDraft;
import org.lantern.stories.StoryException;
import org.lantern.stories.StoryWriting;

import java.util.List;

/** Write a new story or edit one's own draft, with the checks shown inline, then send it for review. */
@Route("stories/write/:id?")
@PageTitle("Write a story | Lantern")
@Menu(title = "Write a story", order = 210, icon = "vaadin:pencil")
@RolesAllowed({Role.STAFF_ROLE, Role.MANAGER_ROLE, Role.EDITOR_ROLE})
public class WriteStoryView extends Div implements BeforeEnterObserver {

    private final StoryWriting stories;
    private final Account account;
    private final StoryForm form = new StoryForm(StoryForm.Mode.AUTHOR);
    private final Div error = Texts.alert();
    private @Nullable Long storyId;

    WriteStoryView(StoryWriting stories, CurrentAccount currentAccount) {
        this.stories = stories;
        this.account = currentAccount.require();
        addClassNames("lantern-page", "lantern-reading");
        add(new H1("Write a story"));
        add(new Paragraph("Tell a story from your practice, or about support you have received or given as a carer: what "
                + "happened, what you did, and what you learned. An editor reads every story before anything is "
                + "published, and you decide whether and where it is used. You can withdraw your consent at any time."));
        add(error, form);
        form.setValue(new StoryDraft("", "", "", List.of(), "", ""));
        form.addCheckListener(e -> form.showChecks(stories.check(e.draft())));
        form.addSaveListener(e -> act(() -> stories.saveDraft(account, storyId, e.draft()), "Draft saved."));
        form.addSubmitListener(e -> act(() -> stories.submit(account, storyId, e.draft(), e.consent()),
                "Thank you. Your story has been sent to an editor."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("id").isEmpty()) {
            return;
        }
        long id = RouteId.require(event, "id");
        PracticeStory story = stories.editable(account, id).orElse(null);
        if (story == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        storyId = story.id();
        form.setValue(story.draft());
        form.showChecks(stories.check(story.draft()));
    }

    private void act(java.util.function.Supplier<PracticeStory> action, String done) {
        try {
            PracticeStory story = action.get();
            storyId = story.id();
            error.setText("");
            Notification.show(done, 5000, Notification.Position.BOTTOM_START);
            UI.getCurrent().navigate(StoryLinks.story(story.slug()));
        } catch (StoryException e) {
            error.setText(e.getMessage());
        }
    }
}
