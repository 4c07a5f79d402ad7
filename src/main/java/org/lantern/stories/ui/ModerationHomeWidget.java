package org.lantern.stories.ui;

import org.lantern.base.ui.HomeCard;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.stories.StoryModeration;

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
    public void fill(HomeCard card, Account account) {
        OptionalInt queue = stories.queueSizeFor(account);
        queue.ifPresent(waiting -> card.link("moderation", waiting == 0 ? "No stories are waiting for review"
                : waiting == 1 ? "1 story is waiting for review" : waiting + " stories are waiting for review"));
    }
}
