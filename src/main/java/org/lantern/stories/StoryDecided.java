package org.lantern.stories;

/**
 * Published inside the transaction in which an editor approves a story, sends it back for changes or
 * does not accept it, for whoever tells its author (the notifications feature listens; stories knows
 * nothing of it).
 *
 * @param decision the story's status after the decision: approved, changes requested or rejected
 * @param note     the editor's note for the author (empty when none)
 */
public record StoryDecided(long storyId, long authorId, String storyTitle, StoryStatus decision, String note) {
}
