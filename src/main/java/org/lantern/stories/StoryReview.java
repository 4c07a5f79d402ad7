package org.lantern.stories;

import java.util.List;

/**
 * A story as an editor reviews it (decided by {@link StoryModeration#review}).
 *
 * @param checks             what the de-identification check and safeguarding triage found
 * @param held               held for safeguarding: the guidance and the safeguarding record come first
 * @param waitingForDecision still waiting for review, so it may be edited and decided on
 * @param mayApprove         it may be approved (not while held for safeguarding)
 */
public record StoryReview(PracticeStory story, StoryChecks checks, List<StoryDecision> history, boolean held,
                          boolean waitingForDecision, boolean mayApprove) {

    public StoryReview {
        history = List.copyOf(history);
    }
}
