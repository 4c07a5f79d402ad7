package org.lantern.stories;

import lombok.RequiredArgsConstructor;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.lantern.people.Directory;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.lantern.db.Tables.STORY;
import static org.lantern.db.Tables.STORY_DECISION;
import static org.lantern.stories.StoryColumns.AUDIENCES;
import static org.lantern.stories.StoryColumns.CONSENT;
import static org.lantern.stories.StoryColumns.SOURCE;
import static org.lantern.stories.StoryColumns.STATUS;
import static org.lantern.stories.StoryColumns.instant;

/**
 * jOOQ access to stories and their audit trail. Returns records, never jOOQ rows; statuses, sources,
 * consents and audiences are read and written as enums through {@link StoryColumns}.
 */
@Repository
@RequiredArgsConstructor
class StoryRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Condition IN_LIBRARY = STATUS.eq(StoryStatus.PUBLISHED)
            .and(DSL.condition("{0} = any({1})", DSL.val(Audience.LIBRARY.key()), STORY.AUDIENCES));
    /** Filled in from people after the query ({@link #withAuthorNames}). */
    private static final Field<String> AUTHOR_NAME = DSL.inline("");

    private final DSLContext db;
    private final Directory directory;

    private List<PracticeStory> select(Condition condition, int limit, SortField<?>... order) {
        var query = db.select(STORY.ID, STORY.SLUG, SOURCE, STORY.AUTHOR_ID, AUTHOR_NAME,
                        STORY.TITLE, STORY.SUMMARY, STORY.BODY, STORY.THEMES.convertFrom(List::of), STORY.SETTING, STORY.ROLE,
                        STATUS, AUDIENCES, STORY.SAFEGUARDING_HOLD, STORY.EDITOR_NOTE,
                        STORY.PUBLISHED_ON, instant(STORY.CREATED_AT), instant(STORY.CHANGED_AT),
                        instant(STORY.SUBMIT_CONSENT_AT), instant(STORY.PUBLISH_CONSENT_AT),
                        instant(STORY.WITHDRAWN_AT), instant(STORY.TEXT_DELETED_AT))
                .from(STORY)
                .where(condition).orderBy(order);
        return withAuthorNames((limit > 0 ? query.limit(limit) : query).fetch(Records.mapping(PracticeStory::new)));
    }

    /**
     * The author's name from people, in one query for the whole list. Readers never see a staff author's
     * name; a detached (erased) author reads as a former staff member.
     */
    private List<PracticeStory> withAuthorNames(List<PracticeStory> stories) {
        Map<Long, String> names = directory.displayNames(stories.stream()
                .filter(s -> s.source() != PracticeStory.Source.CONTENT).map(PracticeStory::authorId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return stories.stream().map(s -> s.withAuthorName(s.source() == PracticeStory.Source.CONTENT ? "Composite story"
                : s.authorId() == null ? "Former staff member" : names.getOrDefault(s.authorId(), "Former staff member")))
                .toList();
    }

    Optional<PracticeStory> findById(long id) {
        return select(STORY.ID.eq(id), 1).stream().findFirst();
    }

    /** The stories that still exist among these, by id, in one query. */
    Map<Long, PracticeStory> findByIds(Set<Long> ids) {
        return select(STORY.ID.in(ids), 0, STORY.ID.asc()).stream()
                .collect(Collectors.toMap(PracticeStory::id, s -> s, (a, b) -> a, LinkedHashMap::new));
    }

    Optional<PracticeStory> findBySlug(String slug) {
        return select(STORY.SLUG.eq(slug), 1).stream().findFirst();
    }

    /** Locks the row for the rest of the transaction, so two decisions on one story never interleave. */
    Optional<PracticeStory> lock(long id) {
        db.select(STORY.ID).from(STORY).where(STORY.ID.eq(id)).forUpdate().fetchOptional();
        return findById(id);
    }

    List<PracticeStory> findByAuthor(long accountId) {
        return select(STORY.AUTHOR_ID.eq(accountId), 0, STORY.CHANGED_AT.desc());
    }

    /** Oldest first: the order an editor should work through them. */
    List<PracticeStory> findByStatus(Set<StoryStatus> statuses) {
        return select(STATUS.in(statuses), 0, STORY.CHANGED_AT.asc(), STORY.ID.asc());
    }

    int countByStatus(StoryStatus status) {
        return db.fetchCount(STORY, STATUS.eq(status));
    }

    List<PracticeStory> newestInLibrary(int limit) {
        return select(IN_LIBRARY, limit, STORY.PUBLISHED_ON.desc(), STORY.ID.desc());
    }

    List<PracticeStory> library() {
        return select(IN_LIBRARY, 0, STORY.ID.asc());
    }

    /** Library story ids with their last change (epoch ms), to check the index against. */
    Map<Long, Long> libraryChangedById() {
        return db.select(STORY.ID, STORY.CHANGED_AT.convertFrom(Long.class, time -> time.toInstant().toEpochMilli()))
                .from(STORY).where(IN_LIBRARY).fetchMap(Records.mapping((id, changed) -> id), Records.mapping((id, changed) -> changed));
    }

    boolean slugExists(String slug) {
        return db.fetchExists(STORY, STORY.SLUG.eq(slug));
    }

    /** Content stories by slug, including retired ones. */
    Map<String, PracticeStory> contentStories() {
        Map<String, PracticeStory> result = new LinkedHashMap<>();
        select(SOURCE.eq(PracticeStory.Source.CONTENT), 0, STORY.ID.asc()).forEach(s -> result.put(s.slug(), s));
        return result;
    }

    void updateContent(long id, StoryDraft text, StoryStatus status, @Nullable LocalDate publishedOn) {
        db.update(STORY).set(STORY.TITLE, text.title()).set(STORY.SUMMARY, text.summary()).set(STORY.BODY, text.body())
                .set(STORY.THEMES, text.themes().toArray(String[]::new)).set(STORY.SETTING, text.setting()).set(STORY.ROLE, text.role())
                .set(STATUS, status).set(STORY.PUBLISHED_ON, publishedOn).set(STORY.CHANGED_AT, DSL.currentOffsetDateTime())
                .where(STORY.ID.eq(id)).execute();
    }

    long insertStaff(String slug, long authorId, StoryDraft text) {
        return db.insertInto(STORY).set(STORY.SLUG, slug).set(SOURCE, PracticeStory.Source.STAFF).set(STORY.AUTHOR_ID, authorId)
                .set(STORY.TITLE, text.title()).set(STORY.SUMMARY, text.summary()).set(STORY.BODY, text.body())
                .set(STORY.THEMES, text.themes().toArray(String[]::new)).set(STORY.SETTING, text.setting()).set(STORY.ROLE, text.role())
                .set(STATUS, StoryStatus.DRAFT).set(CONSENT, StoryConsent.NONE)
                .returning(STORY.ID).fetchOne(STORY.ID);
    }

    void updateText(long id, StoryDraft text) {
        db.update(STORY).set(STORY.TITLE, text.title()).set(STORY.SUMMARY, text.summary()).set(STORY.BODY, text.body())
                .set(STORY.THEMES, text.themes().toArray(String[]::new)).set(STORY.SETTING, text.setting()).set(STORY.ROLE, text.role())
                .set(STORY.CHANGED_AT, DSL.currentOffsetDateTime())
                .where(STORY.ID.eq(id)).execute();
    }

    void submitted(long id, boolean safeguardingHold) {
        db.update(STORY).set(STATUS, StoryStatus.SUBMITTED).set(CONSENT, StoryConsent.REVIEW)
                .set(STORY.SUBMIT_CONSENT_AT, DSL.currentOffsetDateTime())
                .set(STORY.SAFEGUARDING_HOLD, DSL.when(DSL.val(safeguardingHold), DSL.inline(true)).otherwise(STORY.SAFEGUARDING_HOLD))
                .set(STORY.CHANGED_AT, DSL.currentOffsetDateTime())
                .where(STORY.ID.eq(id)).execute();
    }

    void setStatus(long id, StoryStatus status, String editorNote) {
        db.update(STORY).set(STATUS, status).set(STORY.EDITOR_NOTE, editorNote)
                .set(STORY.CHANGED_AT, DSL.currentOffsetDateTime())
                .where(STORY.ID.eq(id)).execute();
    }

    void setSafeguardingHold(long id, boolean hold) {
        db.update(STORY).set(STORY.SAFEGUARDING_HOLD, hold).set(STORY.CHANGED_AT, DSL.currentOffsetDateTime())
                .where(STORY.ID.eq(id)).execute();
    }

    void published(long id, Set<Audience> audiences, LocalDate on) {
        db.update(STORY).set(STATUS, StoryStatus.PUBLISHED).set(CONSENT, StoryConsent.PUBLISH)
                .set(STORY.PUBLISH_CONSENT_AT, DSL.currentOffsetDateTime())
                .set(AUDIENCES, audiences)
                .set(STORY.PUBLISHED_ON, on).set(STORY.CHANGED_AT, DSL.currentOffsetDateTime())
                .where(STORY.ID.eq(id)).execute();
    }

    void withdrawn(long id) {
        db.update(STORY).set(STATUS, StoryStatus.WITHDRAWN).set(CONSENT, StoryConsent.WITHDRAWN)
                .set(AUDIENCES, Set.of()).set(STORY.WITHDRAWN_AT, DSL.currentOffsetDateTime())
                .set(STORY.CHANGED_AT, DSL.currentOffsetDateTime())
                .where(STORY.ID.eq(id)).execute();
    }

    void insertDecision(long storyId, @Nullable Long actorId, String actorName, String action, String note,
                        Map<String, StoryDecision.Change> changes) {
        Map<String, Map<String, String>> json = new TreeMap<>();
        changes.forEach((field, change) -> json.put(field, Map.of("before", change.before(), "after", change.after())));
        db.insertInto(STORY_DECISION).set(STORY_DECISION.STORY_ID, storyId).set(STORY_DECISION.ACTOR_ID, actorId)
                .set(STORY_DECISION.ACTOR_NAME, actorName).set(STORY_DECISION.ACTION, action).set(STORY_DECISION.NOTE, note)
                .set(STORY_DECISION.CHANGES, JSONB.valueOf(JSON.writeValueAsString(json)))
                .set(STORY_DECISION.CHANGED_FIELDS, changes.keySet().toArray(String[]::new))
                .execute();
    }

    List<StoryDecision> decisions(long storyId) {
        return db.select(STORY_DECISION.DECIDED_AT, STORY_DECISION.ACTOR_NAME, STORY_DECISION.ACTION, STORY_DECISION.NOTE,
                        STORY_DECISION.CHANGES, STORY_DECISION.CHANGED_FIELDS)
                .from(STORY_DECISION).where(STORY_DECISION.STORY_ID.eq(storyId))
                .orderBy(STORY_DECISION.DECIDED_AT.asc(), STORY_DECISION.ID.asc())
                .fetch(Records.mapping((at, actor, action, note, changes, fields) ->
                        new StoryDecision(at.toInstant(), actor, action, note, changes(changes, fields))));
    }

    /** Each changed field with its text before and after, or without text once that is no longer kept. */
    private static Map<String, StoryDecision.Change> changes(JSONB json, String[] fields) {
        Map<String, StoryDecision.Change> result = new LinkedHashMap<>();
        for (String field : fields) {
            result.put(field, StoryDecision.Change.REMOVED);
        }
        JsonNode root = JSON.readTree(json.data());
        for (var entry : root.properties()) {
            result.put(entry.getKey(), new StoryDecision.Change(entry.getValue().path("before").asString(""),
                    entry.getValue().path("after").asString("")));
        }
        return result;
    }

    // ---- Retention: the words of stories that will never be published, and what edits removed

    private static final String DELETED_TITLE = "Text deleted";

    /**
     * Deletes the words (title, summary, body, editor's note, and the address made from the title) of
     * staff stories that match, and the notes and before/after text of their history; keeps the
     * row, its themes, setting, role, status and dates, and who decided what when. Returns the ids.
     */
    private List<Long> deleteText(Condition which) {
        List<Long> ids = db.update(STORY)
                .set(STORY.TITLE, DELETED_TITLE).set(STORY.SUMMARY, "").set(STORY.BODY, "").set(STORY.EDITOR_NOTE, "")
                // slugify never makes a double hyphen, so this address cannot be taken by a staff story
                .set(STORY.SLUG, DSL.concat(DSL.inline("deleted--"), STORY.ID.cast(String.class)))
                .set(STORY.TEXT_DELETED_AT, DSL.currentOffsetDateTime())
                .where(which).and(SOURCE.eq(PracticeStory.Source.STAFF)).and(STORY.TEXT_DELETED_AT.isNull())
                .returning(STORY.ID).fetch(STORY.ID);
        if (!ids.isEmpty()) {
            db.update(STORY_DECISION).set(STORY_DECISION.NOTE, "").set(STORY_DECISION.CHANGES, JSONB.valueOf("{}"))
                    .where(STORY_DECISION.STORY_ID.in(ids)).execute();
        }
        return ids;
    }

    /** Withdrawn stories withdrawn before the cutoff, and not-accepted ones decided before it. */
    List<Long> deleteClosedTextBefore(OffsetDateTime cutoff) {
        return deleteText(STATUS.eq(StoryStatus.WITHDRAWN).and(DSL.coalesce(STORY.WITHDRAWN_AT, STORY.CHANGED_AT).lt(cutoff))
                .or(STATUS.eq(StoryStatus.REJECTED).and(STORY.CHANGED_AT.lt(cutoff))));
    }

    /** Every story of this author that is not published (published ones had their own consent). */
    List<Long> deleteUnpublishedTextOf(long authorId) {
        return deleteText(STORY.AUTHOR_ID.eq(authorId).and(STATUS.notIn(StoryStatus.PUBLISHED, StoryStatus.RETIRED)));
    }

    /** Empties the before/after text of decisions made before the cutoff (the field names stay). */
    int forgetChangedTextBefore(OffsetDateTime cutoff) {
        return db.update(STORY_DECISION).set(STORY_DECISION.CHANGES, JSONB.valueOf("{}"))
                .where(DSL.condition("{0} <> '{}'::jsonb", STORY_DECISION.CHANGES)).and(STORY_DECISION.DECIDED_AT.lt(cutoff))
                .execute();
    }

    /** Empties the before/after text of every decision on this author's stories. */
    int forgetChangedTextOf(long authorId) {
        return db.update(STORY_DECISION).set(STORY_DECISION.CHANGES, JSONB.valueOf("{}"))
                .where(DSL.condition("{0} <> '{}'::jsonb", STORY_DECISION.CHANGES))
                .and(STORY_DECISION.STORY_ID.in(DSL.select(STORY.ID).from(STORY).where(STORY.AUTHOR_ID.eq(authorId))))
                .execute();
    }
}
