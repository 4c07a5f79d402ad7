package org.lantern.stories;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.InsertSetStep;
import org.jooq.JSONB;
import org.lantern.db.tables.records.StoryDecisionRecord;
import org.lantern.db.tables.records.StoryRecord;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.lantern.db.Tables.STORY;
import static org.lantern.db.Tables.STORY_DECISION;
import static org.lantern.stories.StoryColumns.AUDIENCES;
import static org.lantern.stories.StoryColumns.CONSENT;
import static org.lantern.stories.StoryColumns.SOURCE;
import static org.lantern.stories.StoryColumns.STATUS;

/** jOOQ access for the content sync's batches: a new data folder gets every shipped story in one statement. */
@Repository
@RequiredArgsConstructor
class StoryContentRepository {

    private final DSLContext db;

    /** The slugs among these that a story already uses. */
    Set<String> slugsInUse(Collection<String> slugs) {
        return db.select(STORY.SLUG).from(STORY).where(STORY.SLUG.in(slugs)).fetchSet(STORY.SLUG);
    }

    /** Adds content stories in one statement (a new data folder gets every shipped story at once); ids by slug. */
    Map<String, Long> insertContent(List<ContentStory> stories) {
        if (stories.isEmpty()) {
            return Map.of();
        }
        InsertSetStep<StoryRecord> next = db.insertInto(STORY);
        InsertSetMoreStep<StoryRecord> rows = null;
        for (ContentStory story : stories) {
            StoryDraft text = story.text();
            rows = next.set(STORY.SLUG, story.slug()).set(SOURCE, PracticeStory.Source.CONTENT)
                    .set(STORY.TITLE, text.title()).set(STORY.SUMMARY, text.summary()).set(STORY.BODY, text.body())
                    .set(STORY.THEMES, text.themes().toArray(String[]::new)).set(STORY.SETTING, text.setting()).set(STORY.ROLE, text.role())
                    .set(STATUS, story.status()).set(CONSENT, StoryConsent.COMPOSITE)
                    .set(AUDIENCES, EnumSet.allOf(Audience.class))
                    .set(STORY.PUBLISHED_ON, story.published());
            next = rows.newRecord();
        }
        return rows.returning(STORY.ID, STORY.SLUG).fetchMap(STORY.SLUG, STORY.ID);
    }

    /** The same decision, without changed fields, for many stories in one statement. */
    void insertDecisions(Collection<Long> storyIds, String actorName, String action) {
        if (storyIds.isEmpty()) {
            return;
        }
        InsertSetStep<StoryDecisionRecord> next = db.insertInto(STORY_DECISION);
        InsertSetMoreStep<StoryDecisionRecord> rows = null;
        for (long storyId : storyIds) {
            rows = next.set(STORY_DECISION.STORY_ID, storyId).set(STORY_DECISION.ACTOR_NAME, actorName)
                    .set(STORY_DECISION.ACTION, action).set(STORY_DECISION.NOTE, "")
                    .set(STORY_DECISION.CHANGES, JSONB.valueOf("{}")).set(STORY_DECISION.CHANGED_FIELDS, new String[0]);
            next = rows.newRecord();
        }
        rows.execute();
    }
}
