package org.lantern.audit;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.jooq.Records.mapping;
import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.ACCOUNT_IDENTITY;
import static org.lantern.db.Tables.ACCOUNT_ROLE;
import static org.lantern.db.Tables.ACTION_POINT;
import static org.lantern.db.Tables.ACTION_UPDATE;
import static org.lantern.db.Tables.AUDIT_EVENT;
import static org.lantern.db.Tables.CHECK_ATTEMPT;
import static org.lantern.db.Tables.JOURNAL_ENTRY;
import static org.lantern.db.Tables.LEARNING_POSITION;
import static org.lantern.db.Tables.LESSON_DONE;
import static org.lantern.db.Tables.MODULE_COMPLETION;
import static org.lantern.db.Tables.REFLECTIVE_SESSION;
import static org.lantern.db.Tables.SAVED_TOOL;
import static org.lantern.db.Tables.SELF_REVIEW;
import static org.lantern.db.Tables.SELF_REVIEW_EVIDENCE;
import static org.lantern.db.Tables.SESSION_ATTENDANCE;
import static org.lantern.db.Tables.SESSION_FEEDBACK_GIVEN;
import static org.lantern.db.Tables.STORY;
import static org.lantern.db.Tables.STORY_DECISION;
import static org.lantern.db.Tables.TEAM;
import static org.lantern.db.Tables.TEAM_MEMBER;

/**
 * Reads and erases one person's data across every feature's tables. Data rights need one view over all
 * personal data, so this is the one place that knows where it lives: a new table holding personal data
 * belongs here too (and in {@code DataRightsTest}). Surveys are the exception: only surveys can find a
 * person's answers (through the keyed link), so {@code SurveyDataRights} reads and forgets those.
 */
@Repository
class PersonalDataRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ERASED_NAME = "Erased account";

    private final DSLContext db;

    PersonalDataRepository(DSLContext db) {
        this.db = db;
    }

    record AccountRef(long id, String username, boolean erased) {
    }

    Optional<AccountRef> account(long id) {
        return db.select(ACCOUNT.ID, ACCOUNT.USERNAME, ACCOUNT.ERASED_AT.isNotNull())
                .from(ACCOUNT).where(ACCOUNT.ID.eq(id)).forUpdate()
                .fetchOptional(mapping(AccountRef::new));
    }


    /** Everything about the person; their survey answers come from surveys, found through their keyed links. */
    PersonalData load(long id, List<PersonalData.SurveyTaking> surveys) {
        return new PersonalData(profile(id), training(id), journal(id), savedTools(id), stories(id), surveys,
                actions(id), sessions(id), actionUpdates(id), selfReviewEvidence(id), auditTrail(id));
    }

    private PersonalData.Profile profile(long id) {
        var account = db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchSingle();
        List<String> roles = db.select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(id))
                .orderBy(ACCOUNT_ROLE.ROLE).fetch(ACCOUNT_ROLE.ROLE);
        List<PersonalData.TeamMembership> teams = db.select(TEAM.NAME, TEAM_MEMBER.MANAGER)
                .from(TEAM_MEMBER).join(TEAM).on(TEAM.ID.eq(TEAM_MEMBER.TEAM_ID))
                .where(TEAM_MEMBER.ACCOUNT_ID.eq(id)).orderBy(TEAM.NAME)
                .fetch(mapping(PersonalData.TeamMembership::new));
        return new PersonalData.Profile(id, account.getUsername(), account.getDisplayName(), account.getEnabled(),
                account.getCreatedAt(), roles, teams);
    }

    private PersonalData.Training training(long id) {
        return new PersonalData.Training(
                db.select(LESSON_DONE.MODULE_KEY, LESSON_DONE.LESSON_KEY, LESSON_DONE.DONE_AT).from(LESSON_DONE)
                        .where(LESSON_DONE.ACCOUNT_ID.eq(id)).orderBy(LESSON_DONE.DONE_AT, LESSON_DONE.MODULE_KEY)
                        .fetch(mapping(PersonalData.LessonDone::new)),
                db.select(MODULE_COMPLETION.MODULE_KEY, MODULE_COMPLETION.MODULE_TITLE, MODULE_COMPLETION.MINUTES,
                                MODULE_COMPLETION.COMPLETED_AT).from(MODULE_COMPLETION)
                        .where(MODULE_COMPLETION.ACCOUNT_ID.eq(id)).orderBy(MODULE_COMPLETION.COMPLETED_AT)
                        .fetch(mapping(PersonalData.ModuleCompleted::new)),
                db.select(CHECK_ATTEMPT.MODULE_KEY, CHECK_ATTEMPT.SUBMITTED_AT, CHECK_ATTEMPT.CORRECT, CHECK_ATTEMPT.TOTAL,
                                CHECK_ATTEMPT.SCORE, CHECK_ATTEMPT.PASSED, CHECK_ATTEMPT.ANSWERS).from(CHECK_ATTEMPT)
                        .where(CHECK_ATTEMPT.ACCOUNT_ID.eq(id)).orderBy(CHECK_ATTEMPT.SUBMITTED_AT, CHECK_ATTEMPT.ID)
                        .fetch(mapping((module, submittedAt, correct, total, score, passed, answers) ->
                                new PersonalData.CheckAttempt(module, submittedAt, correct, total, score, passed, json(answers)))),
                db.select(LEARNING_POSITION.MODULE_KEY, LEARNING_POSITION.LESSON_KEY, LEARNING_POSITION.VISITED_AT)
                        .from(LEARNING_POSITION).where(LEARNING_POSITION.ACCOUNT_ID.eq(id))
                        .orderBy(LEARNING_POSITION.VISITED_AT.desc())
                        .fetch(mapping(PersonalData.LastPosition::new)));
    }

    private List<PersonalData.JournalEntry> journal(long id) {
        return db.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.ACCOUNT_ID.eq(id))
                .orderBy(JOURNAL_ENTRY.CREATED_AT, JOURNAL_ENTRY.ID)
                .fetch(r -> new PersonalData.JournalEntry(r.getId(), r.getTitle(), r.getBody(), r.getPrompt(),
                        r.getSourceType(), r.getSourceRef(), r.getSourceLabel(), r.getCreatedAt(), r.getUpdatedAt()));
    }

    private List<PersonalData.SavedTool> savedTools(long id) {
        return db.selectFrom(SAVED_TOOL).where(SAVED_TOOL.ACCOUNT_ID.eq(id)).orderBy(SAVED_TOOL.CREATED_AT, SAVED_TOOL.ID)
                .fetch(r -> new PersonalData.SavedTool(r.getId(), r.getToolKey(), r.getTitle(), json(r.getAnswers()),
                        r.getCreatedAt(), r.getUpdatedAt()));
    }

    private List<PersonalData.Story> stories(long id) {
        Map<Long, List<PersonalData.StoryDecision>> history = new LinkedHashMap<>();
        db.select(STORY_DECISION.STORY_ID, STORY_DECISION.DECIDED_AT, STORY_DECISION.ACTOR_NAME, STORY_DECISION.ACTION,
                        STORY_DECISION.NOTE)
                .from(STORY_DECISION).join(STORY).on(STORY.ID.eq(STORY_DECISION.STORY_ID))
                .where(STORY.AUTHOR_ID.eq(id)).orderBy(STORY_DECISION.DECIDED_AT, STORY_DECISION.ID)
                .fetch(mapping((storyId, at, by, action, note) -> Map.entry(storyId, new PersonalData.StoryDecision(at, by, action, note))))
                .forEach(e -> history.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return db.selectFrom(STORY).where(STORY.AUTHOR_ID.eq(id)).orderBy(STORY.CREATED_AT, STORY.ID)
                .fetch(r -> new PersonalData.Story(r.getId(), r.getSlug(), r.getTitle(), r.getSummary(), r.getBody(),
                        Arrays.asList(r.getThemes()), r.getSetting(), r.getRole(), r.getStatus(), r.getConsent(),
                        r.getSubmitConsentAt(), r.getPublishConsentAt(), Arrays.asList(r.getAudiences()),
                        r.getWithdrawnAt(), r.getPublishedOn(), r.getCreatedAt(), r.getChangedAt(),
                        history.getOrDefault(r.getId(), List.of())));
    }

    private List<PersonalData.ActionOwned> actions(long id) {
        return db.select(ACTION_POINT.ID, TEAM.NAME, ACTION_POINT.DESCRIPTION, ACTION_POINT.DUE_DATE, ACTION_POINT.STATUS,
                        ACTION_POINT.DROPPED_REASON, ACTION_POINT.CREATED_AT, ACTION_POINT.UPDATED_AT)
                .from(ACTION_POINT).join(TEAM).on(TEAM.ID.eq(ACTION_POINT.TEAM_ID))
                .where(ACTION_POINT.OWNER_ID.eq(id)).orderBy(ACTION_POINT.CREATED_AT, ACTION_POINT.ID)
                .fetch(mapping(PersonalData.ActionOwned::new));
    }

    private List<PersonalData.SessionAttended> sessions(long id) {
        return db.select(REFLECTIVE_SESSION.STARTS_AT, TEAM.NAME, REFLECTIVE_SESSION.FOCUS_TITLE)
                .from(SESSION_ATTENDANCE)
                .join(REFLECTIVE_SESSION).on(REFLECTIVE_SESSION.ID.eq(SESSION_ATTENDANCE.SESSION_ID))
                .join(TEAM).on(TEAM.ID.eq(REFLECTIVE_SESSION.TEAM_ID))
                .where(SESSION_ATTENDANCE.ACCOUNT_ID.eq(id)).orderBy(REFLECTIVE_SESSION.STARTS_AT)
                .fetch(mapping(PersonalData.SessionAttended::new));
    }

    private List<PersonalData.ActionUpdateWritten> actionUpdates(long id) {
        return db.select(ACTION_UPDATE.AT, TEAM.NAME, ACTION_POINT.DESCRIPTION, ACTION_UPDATE.OLD_STATUS,
                        ACTION_UPDATE.NEW_STATUS, ACTION_UPDATE.NOTE)
                .from(ACTION_UPDATE)
                .join(ACTION_POINT).on(ACTION_POINT.ID.eq(ACTION_UPDATE.ACTION_ID))
                .join(TEAM).on(TEAM.ID.eq(ACTION_POINT.TEAM_ID))
                .where(ACTION_UPDATE.ACCOUNT_ID.eq(id)).orderBy(ACTION_UPDATE.AT, ACTION_UPDATE.ID)
                .fetch(mapping(PersonalData.ActionUpdateWritten::new));
    }

    private List<PersonalData.EvidenceWritten> selfReviewEvidence(long id) {
        return db.select(SELF_REVIEW_EVIDENCE.CREATED_AT, TEAM.NAME, SELF_REVIEW.TITLE, SELF_REVIEW_EVIDENCE.INDICATOR_KEY,
                        SELF_REVIEW_EVIDENCE.SOURCE_KEY, SELF_REVIEW_EVIDENCE.NOTE)
                .from(SELF_REVIEW_EVIDENCE)
                .join(SELF_REVIEW).on(SELF_REVIEW.ID.eq(SELF_REVIEW_EVIDENCE.REVIEW_ID))
                .join(TEAM).on(TEAM.ID.eq(SELF_REVIEW.TEAM_ID))
                .where(SELF_REVIEW_EVIDENCE.ACCOUNT_ID.eq(id)).orderBy(SELF_REVIEW_EVIDENCE.CREATED_AT, SELF_REVIEW_EVIDENCE.ID)
                .fetch(mapping(PersonalData.EvidenceWritten::new));
    }

    /**
     * Entries recorded under the account (what the person did, and sign-ins tried with their user name),
     * oldest first. Entries other people recorded (an administrator changing their roles) are those
     * people's actions and are not included. Failed and refused sign-ins come without the address, and
     * entries about other people's accounts (an administrator's changes and erasures, an audit download
     * filtered by a person) without their details.
     */
    private List<PersonalData.AuditEntryOfYours> auditTrail(long id) {
        List<String> notTheirAddress = List.of(AuditEventType.SIGN_IN_FAILED.key(), AuditEventType.SIGN_IN_REFUSED.key());
        return db.select(AUDIT_EVENT.AT, AUDIT_EVENT.EVENT_TYPE, AUDIT_EVENT.DETAIL, AUDIT_EVENT.CLIENT_IP)
                .from(AUDIT_EVENT).where(AUDIT_EVENT.ACCOUNT_ID.eq(id)).orderBy(AUDIT_EVENT.AT, AUDIT_EVENT.ID)
                .fetch(mapping((at, type, detail, clientIp) -> new PersonalData.AuditEntryOfYours(at, type,
                        AuditEventType.fromKey(type).map(AuditEventType::label).orElse(type),
                        ownDetail(type, detail), notTheirAddress.contains(type) ? null : clientIp)));
    }

    private static String ownDetail(String type, String detail) {
        if (type.equals(AuditEventType.ACCOUNT_CHANGE.key()) && !detail.equals("Changed own password")) {
            return "A change to an account or team (its details are about other people and are not included)";
        }
        if (type.equals(AuditEventType.DATA_RIGHTS.key()) && !detail.startsWith("Downloaded own data")) {
            return "An account erased (its details are about another person and are not included)";
        }
        if (type.equals(AuditEventType.EXPORT.key()) && detail.startsWith("Audit trail (CSV)")) {
            return "Audit trail (CSV)";
        }
        return detail;
    }

    /** What an erasure removed, for the audit entry and the administrator's confirmation. */
    record Erased(int journalEntries, int savedTools, int storiesDeleted, int storiesWithdrawn, int storiesKept) {
    }

    /**
     * Removes or anonymises everything personal about an account. The row stays (as "erased-&lt;id&gt;",
     * disabled, with an unusable password) so other records still point somewhere.
     */
    Erased erase(long id, String unusablePasswordHash) {
        int journal = db.deleteFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.ACCOUNT_ID.eq(id)).execute();
        int tools = db.deleteFrom(SAVED_TOOL).where(SAVED_TOOL.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(LESSON_DONE).where(LESSON_DONE.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(LEARNING_POSITION).where(LEARNING_POSITION.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(CHECK_ATTEMPT).where(CHECK_ATTEMPT.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(MODULE_COMPLETION).where(MODULE_COMPLETION.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(SESSION_ATTENDANCE).where(SESSION_ATTENDANCE.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(SESSION_FEEDBACK_GIVEN).where(SESSION_FEEDBACK_GIVEN.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(ACCOUNT_IDENTITY).where(ACCOUNT_IDENTITY.ACCOUNT_ID.eq(id)).execute(); // organisation sign-in links

        // Stories: drafts go; anything else unpublished is withdrawn; published stories stay (their
        // publication had its own consent), all detached from the author.
        int storiesDeleted = db.deleteFrom(STORY).where(STORY.AUTHOR_ID.eq(id)).and(STORY.STATUS.eq("draft")).execute();
        int withdrawn = db.update(STORY)
                .set(STORY.STATUS, "withdrawn").set(STORY.CONSENT, "withdrawn")
                .set(STORY.WITHDRAWN_AT, DSL.coalesce(STORY.WITHDRAWN_AT, DSL.currentOffsetDateTime()))
                .set(STORY.CHANGED_AT, DSL.currentOffsetDateTime())
                .where(STORY.AUTHOR_ID.eq(id)).and(STORY.STATUS.notIn("published", "withdrawn", "retired")).execute();
        int kept = db.fetchCount(STORY, STORY.AUTHOR_ID.eq(id).and(STORY.STATUS.eq("published")));
        db.update(STORY_DECISION).set(STORY_DECISION.ACTOR_NAME, ERASED_NAME).where(STORY_DECISION.ACTOR_ID.eq(id)).execute();
        db.update(STORY).setNull(STORY.AUTHOR_ID).where(STORY.AUTHOR_ID.eq(id)).execute();

        // Actions they owned become the team's.
        db.update(ACTION_POINT).setNull(ACTION_POINT.OWNER_ID).where(ACTION_POINT.OWNER_ID.eq(id)).execute();

        db.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.ACCOUNT_ID.eq(id)).execute();
        db.update(ACCOUNT)
                .set(ACCOUNT.USERNAME, "erased-" + id)
                .set(ACCOUNT.DISPLAY_NAME, ERASED_NAME)
                .set(ACCOUNT.PASSWORD_HASH, unusablePasswordHash)
                .set(ACCOUNT.ENABLED, false)
                .set(ACCOUNT.ERASED_AT, DSL.currentOffsetDateTime())
                .where(ACCOUNT.ID.eq(id)).execute();
        return new Erased(journal, tools, storiesDeleted, withdrawn, kept);
    }

    /** Deletes story drafts never submitted and untouched since the cutoff; returns how many. */
    int purgeStoryDrafts(Instant cutoff) {
        OffsetDateTime before = cutoff.atOffset(ZoneOffset.UTC);
        return db.deleteFrom(STORY).where(STORY.STATUS.eq("draft")).and(STORY.CHANGED_AT.lt(before)).execute();
    }

    private static JsonNode json(JSONB value) {
        return JSON.readTree(value.data());
    }
}
