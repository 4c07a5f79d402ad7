package org.lantern.stories.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.stories.StoryModeration;

import java.util.Optional;
import java.util.OptionalInt;

/** The editors' home card: how many stories wait for review. */
@org.springframework.stereotype.Component
class ModerationHomeWidget implements HomeWidget {

    private final StoryModeration stories;

    ModerationHomeWidget(StoryModeration stories) {
        this.stories = stories;
    }

    @Override
    public String area() {
        return "editing";
    }

    @Override
    public Optional<Component> create(Account account) {
        OptionalInt queue = stories.queueSizeFor(account);
        if (queue.isEmpty()) {
            return Optional.empty();
        }
        int waiting = queue.getAsInt();
        String text = waiting == 0 ? "No stories are waiting for review"
                : waiting == 1 ? "1 story is waiting for review" : waiting + " stories are waiting for review";
        return Optional.of(new Div(new Anchor("moderation", text)));
    }
}
