package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.lantern.stories.StoryDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Tells a story's author an editor's decision on it (approved, sent back for changes, not accepted),
 * with the editor's note, in the transaction of the decision. The subject says only what happened.
 */
@Component
@RequiredArgsConstructor
class StoryNotifications {

    private final Notifications notifications;
    private final Clock clock;

    @EventListener
    void on(StoryDecided event) {
        String story = "“" + event.storyTitle() + "”";
        String note = event.note().isBlank() ? "" : " The editor's note: " + event.note();
        NewNotification n = switch (event.decision()) {
            case APPROVED -> notice(event, "Your story was approved",
                    "An editor approved your story " + story + ". Read the edited version, then choose whether and where it may be "
                            + "published." + note);
            case CHANGES_REQUESTED -> notice(event, "Your story was sent back for changes",
                    "An editor sent your story " + story + " back for changes. Edit it and send it again." + note);
            case REJECTED -> notice(event, "Your story was not accepted",
                    "An editor did not accept your story " + story + " for publishing." + note);
            default -> null;
        };
        if (n != null) {
            notifications.write(List.of(n));
        }
    }

    private NewNotification notice(StoryDecided event, String title, String body) {
        // a story can go back and forth: each decision is its own occurrence
        return new NewNotification(NotificationKind.STORY_DECISION, event.authorId(), "story:" + event.storyId(),
                event.decision().name().toLowerCase(java.util.Locale.ROOT) + "@" + clock.instant(), title, body, "stories/mine");
    }
}
