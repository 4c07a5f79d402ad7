package org.lantern.stories;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who is asking, and the one rule for who may read a story that is not in the library: its author
 * always; editors a staff member's story only while it waits for review and once it is published
 * (never a draft, one sent back for changes, approved but not yet published, not accepted or
 * withdrawn), and the composite content stories in any state. Library stories are for everyone signed in.
 */
@Component
class StoryAccess {

    private final PeopleService people;

    StoryAccess(PeopleService people) {
        this.people = people;
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
    Optional<PracticeStory> readable(String username, Optional<PracticeStory> story) {
        if (story.isEmpty() || story.get().inLibrary()) {
            return story;
        }
        return find(username).filter(account -> mayRead(account, story.get())).flatMap(a -> story);
    }

    Optional<Account> find(String username) {
        return people.findByUsername(username);
    }

    Account account(String username) {
        return find(username).orElseThrow(() -> new StoryException("Your account could not be found."));
    }

    Account requireEditor(String username) {
        Account account = account(username);
        if (!account.hasRole(Role.EDITOR)) {
            throw new StoryException("Only editors can moderate stories.");
        }
        return account;
    }
}
