package org.lantern.stories;

import org.lantern.base.security.Account;
import org.lantern.base.security.Role;

import java.util.Optional;

/**
 * The one rule for who may read a story that is not in the library: its author
 * always; editors a staff member's story only while it waits for review and once it is published
 * (never a draft, one sent back for changes, approved but not yet published, not accepted or
 * withdrawn), and the composite content stories in any state. Library stories are for everyone signed in.
 */
final class StoryAccess {

    private StoryAccess() {
    }

    /** The rule (see the class comment). */
    static boolean mayRead(Account account, PracticeStory story) {
        if (story.inLibrary() || story.isAuthor(account.id())) {
            return true;
        }
        if (!account.hasRole(Role.EDITOR)) {
            return false;
        }
        return story.source() == PracticeStory.Source.CONTENT
                || story.status() == StoryStatus.SUBMITTED || story.status() == StoryStatus.PUBLISHED;
    }

    /** A story, if this person may read it. */
    static Optional<PracticeStory> readable(Account account, Optional<PracticeStory> story) {
        return story.filter(s -> mayRead(account, s));
    }

    /** The editor themselves, once checked. */
    static Account requireEditor(Account account) {
        if (!account.hasRole(Role.EDITOR)) {
            throw new StoryException("Only editors can moderate stories.");
        }
        return account;
    }
}
