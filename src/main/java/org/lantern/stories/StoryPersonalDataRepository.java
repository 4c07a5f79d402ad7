package org.lantern.stories;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.jooq.Records.mapping;
import static org.lantern.db.Tables.STORY;
import static org.lantern.db.Tables.STORY_DECISION;

/**
 * jOOQ reads and erasure of the stories one person wrote, as stored (statuses and consents as their
 * stored words), for {@link StoryPersonalData}; and the retention of drafts.
 */
@Repository
@RequiredArgsConstructor
class StoryPersonalDataRepository {

    private final DSLContext db;

    List<StoryPersonalData.Story> stories(long authorId) {
        Map<Long, List<StoryPersonalData.Decision>> history = new LinkedHashMap<>();
        db.select(STORY_DECISION.STORY_ID, STORY_DECISION.DECIDED_AT, STORY_DECISION.ACTOR_NAME, STORY_DECISION.ACTION,
                        STORY_DECISION.NOTE)
                .from(STORY_DECISION).join(STORY).on(STORY.ID.eq(STORY_DECISION.STORY_ID))
                .where(STORY.AUTHOR_ID.eq(authorId)).orderBy(STORY_DECISION.DECIDED_AT, STORY_DECISION.ID)
                .fetch(mapping((storyId, at, by, action, note) -> Map.entry(storyId, new StoryPersonalData.Decision(at, by, action, note))))
                .forEach(e -> history.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return db.selectFrom(STORY).where(STORY.AUTHOR_ID.eq(authorId)).orderBy(STORY.CREATED_AT, STORY.ID)
                .fetch(r -> new StoryPersonalData.Story(r.getId(), r.getSlug(), r.getTitle(), r.getSummary(), r.getBody(),
                        Arrays.asList(r.getThemes()), r.getSetting(), r.getRole(), r.getStatus(), r.getConsent(),
                        r.getSubmitConsentAt(), r.getPublishConsentAt(), Arrays.asList(r.getAudiences()),
                        r.getWithdrawnAt(), r.getPublishedOn(), r.getCreatedAt(), r.getChangedAt(),
                        history.getOrDefault(r.getId(), List.of())));
    }

    /**
     * Drafts go; anything else unpublished is withdrawn; published stories stay (their publication had
     * its own consent), all detached from the author, whose name on decisions becomes {@code erasedName}.
     */
    StoryPersonalData.Erased detachAuthor(long authorId, String erasedName) {
        int deleted = db.deleteFrom(STORY).where(STORY.AUTHOR_ID.eq(authorId)).and(STORY.STATUS.eq("draft")).execute();
        int withdrawn = db.update(STORY)
                .set(STORY.STATUS, "withdrawn").set(STORY.CONSENT, "withdrawn")
                .set(STORY.WITHDRAWN_AT, DSL.coalesce(STORY.WITHDRAWN_AT, DSL.currentOffsetDateTime()))
                .set(STORY.CHANGED_AT, DSL.currentOffsetDateTime())
                .where(STORY.AUTHOR_ID.eq(authorId)).and(STORY.STATUS.notIn("published", "withdrawn", "retired")).execute();
        int kept = db.fetchCount(STORY, STORY.AUTHOR_ID.eq(authorId).and(STORY.STATUS.eq("published")));
        db.update(STORY_DECISION).set(STORY_DECISION.ACTOR_NAME, erasedName).where(STORY_DECISION.ACTOR_ID.eq(authorId)).execute();
        db.update(STORY).setNull(STORY.AUTHOR_ID).where(STORY.AUTHOR_ID.eq(authorId)).execute();
        return new StoryPersonalData.Erased(deleted, withdrawn, kept);
    }

    /** Deletes story drafts never submitted and untouched since the cutoff; returns how many. */
    int purgeDrafts(Instant cutoff) {
        return db.deleteFrom(STORY).where(STORY.STATUS.eq("draft")).and(STORY.CHANGED_AT.lt(cutoff.atOffset(ZoneOffset.UTC)))
                .execute();
    }
}
