package org.lantern.stories;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.base.privacy.DraftRetention;
import org.lantern.base.privacy.PersonalDataHolder;
import org.lantern.base.privacy.PersonalDataSection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Stories' part of people's data rights: the stories a person wrote, with their history, in
 * "Download my data"; on erasure their unpublished words and edits' text go, drafts are deleted,
 * unpublished stories withdrawn and published ones kept without an author. Also the retention of
 * drafts nobody submitted.
 */
@Component
@RequiredArgsConstructor
class StoryPersonalData implements PersonalDataHolder, DraftRetention {

    private final StoryPersonalDataRepository repository;
    private final StoryRepository stories;
    private final ApplicationEventPublisher events;

    record Story(long id, String slug, String title, String summary, String body, List<String> themes, String setting,
                 String role, String status, String consent, @Nullable OffsetDateTime consentToReviewAt,
                 @Nullable OffsetDateTime consentToPublishAt, List<String> mayBeUsedFor,
                 @Nullable OffsetDateTime withdrawnAt, @Nullable LocalDate publishedOn, OffsetDateTime createdAt,
                 OffsetDateTime changedAt, List<Decision> history) {
    }

    record Decision(OffsetDateTime at, String by, String action, String note) {
    }

    record Erased(int draftsDeleted, int withdrawn, int publishedKept) {
    }

    @Override
    public List<PersonalDataSection> export(long accountId) {
        List<Story> mine = repository.stories(accountId);
        StringBuilder readme = new StringBuilder();
        if (mine.isEmpty()) {
            readme.append("None.\n");
        }
        mine.forEach(s -> readme.append("- ").append(s.title()).append(": ").append(s.status())
                .append(", consent: ").append(s.consent()).append(", ").append(s.history().size())
                .append(" steps in its history\n"));
        return List.of(PersonalDataSection.of(50, "stories", mine, "Practice stories", readme.toString()));
    }

    /**
     * First deletes the words of the person's stories that are not published, and the before/after
     * text of every edit to any of their stories (published stories stay, as their publication had its
     * own consent; the history keeps who decided what and when, and which fields changed); then
     * detaches the author.
     */
    @Override
    public List<String> erase(long accountId) {
        List<Long> emptied = stories.deleteUnpublishedTextOf(accountId);
        stories.forgetChangedTextOf(accountId);
        emptied.forEach(id -> events.publishEvent(new StoryChanged(id)));
        Erased erased = repository.detachAuthor(accountId, ERASED_NAME);
        return List.of(erased.draftsDeleted() + " story drafts deleted, " + erased.withdrawn() + " stories withdrawn, "
                + erased.publishedKept() + " published stories kept without an author");
    }

    @Override
    public int erasureOrder() {
        return 40;
    }

    @Override
    public String drafts() {
        return "story drafts";
    }

    @Override
    public int purgeDraftsUntouchedSince(Instant cutoff) {
        return repository.purgeDrafts(cutoff);
    }
}
