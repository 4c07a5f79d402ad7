package org.lantern.stories.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Cards;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.Role;
import org.lantern.stories.StoryModeration;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Editors' queue of stories waiting for review, oldest first, with what the checks found. */
@Route("moderation")
@PageTitle("Stories to review | Lantern")
@Menu(title = "Stories to review", order = 230, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.EDITOR_ROLE)
public class ModerationView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault());

    ModerationView(StoryModeration stories) {
        addClassName("lantern-page");
        add(new H1("Stories to review"));
        List<StoryModeration.QueueItem> queue = stories.moderationQueue();
        if (queue.isEmpty()) {
            add(Texts.empty("No stories are waiting for review."));
            return;
        }
        add(new Paragraph(queue.size() == 1 ? "1 story is waiting." : queue.size() + " stories are waiting, oldest first."));
        add(Cards.grid(queue, this::createCard));
    }

    private Article createCard(StoryModeration.QueueItem item) {
        Article card = new Article();
        card.addClassName("lantern-card");
        card.add(new H2(new Anchor(StoryLinks.moderate(item.story().id()), item.story().title())));
        card.add(Texts.meta("Sent " + WHEN.format(item.story().changedAt())));
        if (item.story().safeguardingHold()) {
            Paragraph hold = new Paragraph("Held for safeguarding");
            hold.addClassName("lantern-safeguarding");
            card.add(hold);
        }
        int details = item.checks().personalDetails().size();
        Paragraph flags = new Paragraph(details == 0 ? "No likely personal details found"
                : details + (details == 1 ? " possible personal detail to check" : " possible personal details to check"));
        flags.addClassName(details == 0 ? "lantern-meta" : "lantern-warning");
        card.add(flags);
        return card;
    }
}
