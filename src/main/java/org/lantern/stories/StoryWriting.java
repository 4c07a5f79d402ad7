package org.lantern.stories;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Account;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An author's side of a story: writing and saving it, the checks while writing, sending it for
 * review with consent, consenting to publish it once approved, withdrawing consent at any time, and
 * forgetting an author's words when their account is erased.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StoryWriting {

    private final StoryRepository repository;
    private final StoryWordLists wordLists;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The de-identification check and safeguarding triage for a text. */
    public StoryChecks check(StoryDraft draft) {
        return StoryChecks.of(wordLists.check(), draft);
    }

    /** One of this person's own stories that they may still change, to fill the form with. */
    @Transactional(readOnly = true)
    public Optional<PracticeStory> editable(Account author, long id) {
        return repository.findById(id).filter(story -> story.isAuthor(author.id()))
                .filter(story -> story.status().editableByAuthor());
    }

    /** Saves a draft (new when id is null). Only the author can change it, and only before review. */
    @Transactional
    public PracticeStory saveDraft(Account author, @Nullable Long id, StoryDraft draft) {
        StoryDraft clean = StoryDrafts.clean(draft);
        if (clean.title().isEmpty()) {
            throw new StoryException("Give your story a title before saving it.");
        }
        long storyId = store(author, id, clean);
        changed(storyId);
        return repository.findById(storyId).orElseThrow();
    }

    /**
     * Sends a story for review with the author's consent to that. Text suggesting a current risk of
     * harm puts the story on a safeguarding hold.
     */
    @Transactional
    public PracticeStory submit(Account author, @Nullable Long id, StoryDraft draft, boolean consentToReview) {
        if (!consentToReview) {
            throw new StoryException("Tick the box to agree to an editor reading your story before you send it.");
        }
        StoryDraft clean = StoryDrafts.clean(draft);
        StoryDrafts.validate(clean);
        boolean resubmission = id != null && repository.findById(id).map(s -> s.status() == StoryStatus.CHANGES_REQUESTED).orElse(false);
        long storyId = store(author, id, clean);
        List<String> concerns = SafeguardingCheck.concerns(clean.allText());
        repository.submitted(storyId, !concerns.isEmpty());
        repository.insertDecision(storyId, author.id(), author.displayName(), resubmission ? "Sent again for review" : "Sent for review",
                "Consent given for an editor to review it.", Map.of());
        if (!concerns.isEmpty()) {
            StoryModeration.recordHold(repository, storyId, concerns);
        }
        changed(storyId);
        return repository.findById(storyId).orElseThrow();
    }

    /** The author agrees to publish the approved (possibly edited) story, for these audiences. */
    @Transactional
    public PracticeStory consentToPublish(Account author, long id, Set<Audience> audiences) {
        PracticeStory story = ownStory(author, id);
        if (story.status() != StoryStatus.APPROVED) {
            throw new StoryException("A story can be published once an editor has approved it.");
        }
        if (story.safeguardingHold()) {
            throw new StoryException("This story is held for safeguarding and cannot be published yet.");
        }
        if (audiences == null || audiences.isEmpty()) {
            throw new StoryException("Choose at least one place where your story may be used.");
        }
        repository.published(id, audiences, LocalDate.now(clock));
        repository.insertDecision(id, author.id(), author.displayName(), "Consent to publish given",
                "May be used for: " + audiences.stream().sorted().map(Audience::label).reduce((a, b) -> a + ", " + b).orElse(""),
                Map.of());
        changed(id);
        return repository.findById(id).orElseThrow();
    }

    /** Withdraws consent: the story leaves search, sessions and training at once. */
    @Transactional
    public PracticeStory withdraw(Account author, long id) {
        PracticeStory story = ownStory(author, id);
        if (story.status() == StoryStatus.WITHDRAWN) {
            return story;
        }
        repository.withdrawn(id);
        repository.insertDecision(id, author.id(), author.displayName(), "Consent withdrawn",
                "Was: " + story.status().label(), Map.of());
        changed(id);
        return repository.findById(id).orElseThrow();
    }

    private long store(Account author, @Nullable Long id, StoryDraft clean) {
        if (id == null) {
            String base = StoryText.slugify(clean.title());
            String slug = base;
            for (int n = 2; repository.slugExists(slug); n++) {
                slug = base + "-" + n;
            }
            long storyId = repository.insertStaff(slug, author.id(), clean);
            repository.insertDecision(storyId, author.id(), author.displayName(), "Started", "", Map.of());
            return storyId;
        }
        PracticeStory story = ownStory(author, id);
        if (!story.status().editableByAuthor()) {
            throw new StoryException("This story is " + story.status().label().toLowerCase() + ", so it cannot be changed now.");
        }
        repository.updateText(id, clean);
        return id;
    }

    private PracticeStory ownStory(Account author, long id) {
        PracticeStory story = repository.lock(id).orElseThrow(() -> new StoryException("That story no longer exists."));
        if (!story.isAuthor(author.id())) {
            throw new StoryException("Only the person who wrote a story can do this.");
        }
        return story;
    }

    private void changed(long id) {
        events.publishEvent(new StoryChanged(id));
    }
}
