package org.lantern.stories;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Editors' moderation: the queue of stories waiting for review, reviewing one (with what the checks
 * found), edits audited field by field, decisions (approve, request changes, do not accept) and the
 * safeguarding hold. Every decision is in the story's history and in the audit log.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StoryModeration {

    /** Shown to editors when a story is held for safeguarding. */
    public static final String SAFEGUARDING_GUIDANCE = "This story may describe someone at risk of harm now. Do not publish "
            + "it. Follow your organisation's safeguarding procedure today: talk to your safeguarding lead or duty "
            + "manager and record what you did. If someone is in immediate danger, call 999. When the concern has been "
            + "dealt with through that route, record it here; you can then edit the story and decide on it.";
    static final String SYSTEM = "Lantern (automatic check)";

    private final StoryRepository repository;
    private final StoryWordLists wordLists;
    private final ApplicationEventPublisher events;
    private final AuditService audit;

    /** A story waiting for review, with what the checks found. */
    public record QueueItem(PracticeStory story, StoryChecks checks) {
    }

    /** Stories waiting for an editor, oldest first. */
    @Transactional(readOnly = true)
    public List<QueueItem> moderationQueue() {
        return repository.findByStatus(EnumSet.of(StoryStatus.SUBMITTED)).stream()
                .map(s -> new QueueItem(s, StoryChecks.of(wordLists.check(), s.draft()))).toList();
    }

    /** How many stories wait for an editor. */
    @Transactional(readOnly = true)
    public int queueSize() {
        return repository.countByStatus(StoryStatus.SUBMITTED);
    }

    /** How many stories wait for review, for an editor's home page; empty for anyone who is not an editor. */
    @Transactional(readOnly = true)
    public OptionalInt queueSizeFor(Account account) {
        return account.hasRole(Role.EDITOR) ? OptionalInt.of(queueSize()) : OptionalInt.empty();
    }

    /**
     * A story for an editor to moderate or read by its number: only while editors may read it (see
     * {@link StoryLibrary#read}); empty otherwise, as if it did not exist.
     */
    @Transactional(readOnly = true)
    public Optional<PracticeStory> forModeration(Account account, long id) {
        Account editor = StoryAccess.requireEditor(account);
        return repository.findById(id).filter(story -> StoryAccess.mayRead(editor, story));
    }

    /** The editor's review page of a story (see {@link StoryReview}), while editors may read it. */
    @Transactional(readOnly = true)
    public Optional<StoryReview> review(Account account, long id) {
        return forModeration(account, id).map(story -> new StoryReview(story, StoryChecks.of(wordLists.check(), story.draft()),
                repository.decisions(story.id()), story.safeguardingHold(), story.status() == StoryStatus.SUBMITTED,
                !story.safeguardingHold()));
    }

    /** An editor changes the text of a story in review; the change is audited field by field. */
    @Transactional
    public PracticeStory edit(Account account, long id, StoryDraft draft, String note) {
        Account editor = StoryAccess.requireEditor(account);
        PracticeStory story = inReview(id);
        StoryDraft clean = StoryDrafts.clean(draft);
        StoryDrafts.validate(clean);
        Map<String, StoryDecision.Change> changes = StoryDrafts.diff(story.draft(), clean);
        if (changes.isEmpty()) {
            return story;
        }
        repository.updateText(id, clean);
        repository.insertDecision(id, editor.id(), editor.displayName(), "Edited", StoryText.cleanLine(note), changes);
        audit.record(editor.username(), AuditEventType.STORY_DECISION, "Story " + id + ": edited (" + String.join(", ", changes.keySet()) + ")");
        List<String> concerns = SafeguardingCheck.concerns(clean.allText());
        if (!concerns.isEmpty() && !story.safeguardingHold()) {
            repository.setSafeguardingHold(id, true);
            recordHold(repository, id, concerns);
        }
        changed(id);
        return repository.findById(id).orElseThrow();
    }

    /** Sends the story back to the author with a note saying what to change. */
    @Transactional
    public PracticeStory requestChanges(Account account, long id, String note) {
        return decide(account, id, StoryStatus.CHANGES_REQUESTED, "Changes requested", note, true);
    }

    /** Approves the story; the author then decides whether to publish it. */
    @Transactional
    public PracticeStory approve(Account account, long id, String note) {
        PracticeStory story = inReview(id);
        if (story.safeguardingHold()) {
            throw new StoryException("This story is held for safeguarding. Act through your organisation's safeguarding "
                    + "route and record that before approving it.");
        }
        return decide(account, id, StoryStatus.APPROVED, "Approved", note, false);
    }

    /** Does not accept the story, with a note for the author saying why. */
    @Transactional
    public PracticeStory reject(Account account, long id, String note) {
        return decide(account, id, StoryStatus.REJECTED, "Not accepted", note, true);
    }

    /** Records that the safeguarding concern was dealt with through the organisation's route. */
    @Transactional
    public PracticeStory clearSafeguardingHold(Account account, long id, String note) {
        Account editor = StoryAccess.requireEditor(account);
        PracticeStory story = repository.lock(id).filter(s -> StoryAccess.mayRead(editor, s))
                .orElseThrow(() -> new StoryException("That story no longer exists."));
        String clean = StoryText.cleanLine(note);
        if (clean.isEmpty()) {
            throw new StoryException("Say what was done through the safeguarding route, and by whom.");
        }
        if (!story.safeguardingHold()) {
            return story;
        }
        repository.setSafeguardingHold(id, false);
        repository.insertDecision(id, editor.id(), editor.displayName(), "Safeguarding concern dealt with", clean, Map.of());
        audit.record(editor.username(), AuditEventType.STORY_DECISION, "Story " + id + ": safeguarding concern dealt with");
        changed(id);
        return repository.findById(id).orElseThrow();
    }

    /** The automatic check's entry in a story's history when it puts the story on a safeguarding hold. */
    static void recordHold(StoryRepository repository, long id, List<String> concerns) {
        repository.insertDecision(id, null, SYSTEM, "Held for safeguarding",
                "Possible current risk of harm: " + String.join("; ", concerns), Map.of());
    }

    private PracticeStory decide(Account account, long id, StoryStatus to, String action, String note, boolean noteRequired) {
        Account editor = StoryAccess.requireEditor(account);
        inReview(id);
        String clean = StoryText.cleanLine(note);
        if (noteRequired && clean.isEmpty()) {
            throw new StoryException("Write a note for the author saying why.");
        }
        repository.setStatus(id, to, clean);
        repository.insertDecision(id, editor.id(), editor.displayName(), action, clean, Map.of());
        audit.record(editor.username(), AuditEventType.STORY_DECISION, "Story " + id + ": " + action.toLowerCase(Locale.ROOT));
        changed(id);
        PracticeStory decided = repository.findById(id).orElseThrow();
        if (decided.authorId() != null) {
            events.publishEvent(new StoryDecided(id, decided.authorId(), decided.title(), to, clean));
        }
        return decided;
    }

    private PracticeStory inReview(long id) {
        PracticeStory story = repository.lock(id).orElseThrow(() -> new StoryException("That story no longer exists."));
        if (story.status() != StoryStatus.SUBMITTED) {
            throw new StoryException("This story is no longer waiting for review (it is " + story.status().label().toLowerCase() + ").");
        }
        return story;
    }

    private void changed(long id) {
        events.publishEvent(new StoryChanged(id));
    }
}
