package org.lantern.stories;

import org.lantern.stories.search.StoryHit;

import java.util.List;

/**
 * A story as one reader sees it, with what the page offers them (decided by {@link StoryLibrary#page}).
 *
 * @param ownStory            the reader wrote it: the page shows where it is, the editor's note and the consents
 * @param mayEdit             its author may still change the text
 * @param awaitingConsent     an editor approved it: its author may now agree to publish it
 * @param mayWithdraw         its author may withdraw consent (not yet withdrawn or retired)
 * @param notInLibrary        someone other than its author reads a story that is not in the library (an editor)
 * @param moderationLink      that reader is an editor, who may open it in moderation
 * @param showRelated         it is in the library, so related library stories are shown
 * @param related             library stories like it (empty when it is not in the library)
 */
public record StoryPage(PracticeStory story, boolean ownStory, boolean mayEdit, boolean awaitingConsent, boolean mayWithdraw,
                        boolean notInLibrary, boolean moderationLink, boolean showRelated, List<StoryHit> related) {

    public StoryPage {
        related = List.copyOf(related);
    }
}
