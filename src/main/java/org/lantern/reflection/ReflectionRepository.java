package org.lantern.reflection;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.ACTION_POINT;
import static org.lantern.db.Tables.ACTION_UPDATE;
import static org.lantern.db.Tables.REFLECTIVE_SESSION;
import static org.lantern.db.Tables.SESSION_ATTENDANCE;
import static org.lantern.db.Tables.SESSION_FEEDBACK;
import static org.lantern.db.Tables.SESSION_FEEDBACK_GIVEN;
import static org.lantern.db.Tables.SESSION_FEEDBACK_SUMMARY;
import static org.lantern.db.Tables.TEAM;

/** jOOQ access to sessions, attendance, anonymous feedback and the action log. */
@Repository
class ReflectionRepository {

    private final DSLContext db;
    private final Clock clock;

    ReflectionRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    // --- sessions --------------------------------------------------------------------------------

    long insertSession(NewSession s, Instant startsAt, Instant feedbackClosesAt, String focusTitle, long createdBy) {
        return db.insertInto(REFLECTIVE_SESSION, REFLECTIVE_SESSION.TEAM_ID, REFLECTIVE_SESSION.STARTS_AT,
                        REFLECTIVE_SESSION.DURATION_MINUTES, REFLECTIVE_SESSION.FOCUS_TYPE, REFLECTIVE_SESSION.FOCUS_REF,
                        REFLECTIVE_SESSION.FOCUS_TITLE, REFLECTIVE_SESSION.MODEL_KEY, REFLECTIVE_SESSION.PRE_READING,
                        REFLECTIVE_SESSION.CREATED_BY, REFLECTIVE_SESSION.FEEDBACK_CLOSES_AT)
                .values(s.teamId(), startsAt.atOffset(ZoneOffset.UTC), s.durationMinutes(), s.focusType(), s.focusRef(),
                        focusTitle, s.modelKey(), s.preReading() == null ? "" : s.preReading().strip(), createdBy,
                        feedbackClosesAt.atOffset(ZoneOffset.UTC))
                .returning(REFLECTIVE_SESSION.ID).fetchOne(REFLECTIVE_SESSION.ID);
    }

    List<ReflectiveSession> sessions(Collection<Long> teamIds) {
        return db.select(REFLECTIVE_SESSION.asterisk(), TEAM.NAME).from(REFLECTIVE_SESSION)
                .join(TEAM).on(TEAM.ID.eq(REFLECTIVE_SESSION.TEAM_ID))
                .where(REFLECTIVE_SESSION.TEAM_ID.in(teamIds)).orderBy(REFLECTIVE_SESSION.STARTS_AT)
                .fetch(this::toSession);
    }

    Optional<ReflectiveSession> session(long id) {
        return db.select(REFLECTIVE_SESSION.asterisk(), TEAM.NAME).from(REFLECTIVE_SESSION)
                .join(TEAM).on(TEAM.ID.eq(REFLECTIVE_SESSION.TEAM_ID))
                .where(REFLECTIVE_SESSION.ID.eq(id)).fetchOptional(this::toSession);
    }

    private ReflectiveSession toSession(Record r) {
        return new ReflectiveSession(r.get(REFLECTIVE_SESSION.ID), r.get(REFLECTIVE_SESSION.TEAM_ID), r.get(TEAM.NAME),
                instant(r.get(REFLECTIVE_SESSION.STARTS_AT)), r.get(REFLECTIVE_SESSION.DURATION_MINUTES),
                r.get(REFLECTIVE_SESSION.FOCUS_TYPE), r.get(REFLECTIVE_SESSION.FOCUS_REF), r.get(REFLECTIVE_SESSION.FOCUS_TITLE),
                r.get(REFLECTIVE_SESSION.MODEL_KEY), r.get(REFLECTIVE_SESSION.PRE_READING),
                "cancelled".equals(r.get(REFLECTIVE_SESSION.STATUS)), instant(r.get(REFLECTIVE_SESSION.FEEDBACK_CLOSES_AT)));
    }

    String notes(long sessionId) {
        return db.select(REFLECTIVE_SESSION.NOTES).from(REFLECTIVE_SESSION).where(REFLECTIVE_SESSION.ID.eq(sessionId))
                .fetchOne(REFLECTIVE_SESSION.NOTES);
    }

    void saveNotes(long sessionId, String notes, long by) {
        db.update(REFLECTIVE_SESSION).set(REFLECTIVE_SESSION.NOTES, notes)
                .set(REFLECTIVE_SESSION.NOTES_UPDATED_AT, OffsetDateTime.now(clock)).set(REFLECTIVE_SESSION.NOTES_UPDATED_BY, by)
                .where(REFLECTIVE_SESSION.ID.eq(sessionId)).execute();
    }

    void cancel(long sessionId) {
        db.update(REFLECTIVE_SESSION).set(REFLECTIVE_SESSION.STATUS, "cancelled").where(REFLECTIVE_SESSION.ID.eq(sessionId)).execute();
    }

    Set<Long> attendance(long sessionId) {
        return new HashSet<>(db.select(SESSION_ATTENDANCE.ACCOUNT_ID).from(SESSION_ATTENDANCE)
                .where(SESSION_ATTENDANCE.SESSION_ID.eq(sessionId)).fetch(SESSION_ATTENDANCE.ACCOUNT_ID));
    }

    void replaceAttendance(long sessionId, Set<Long> accountIds) {
        db.deleteFrom(SESSION_ATTENDANCE).where(SESSION_ATTENDANCE.SESSION_ID.eq(sessionId)).execute();
        for (Long id : accountIds) {
            db.insertInto(SESSION_ATTENDANCE, SESSION_ATTENDANCE.SESSION_ID, SESSION_ATTENDANCE.ACCOUNT_ID).values(sessionId, id).execute();
        }
    }

    // --- anonymous feedback ----------------------------------------------------------------------

    /** Records feedback once per person; false when they already gave it. */
    boolean giveFeedback(long sessionId, long accountId, int usefulness, String takeaway) {
        int marked = db.insertInto(SESSION_FEEDBACK_GIVEN, SESSION_FEEDBACK_GIVEN.SESSION_ID, SESSION_FEEDBACK_GIVEN.ACCOUNT_ID)
                .values(sessionId, accountId).onConflictDoNothing().execute();
        if (marked == 0) {
            return false;
        }
        db.insertInto(SESSION_FEEDBACK, SESSION_FEEDBACK.SESSION_ID, SESSION_FEEDBACK.USEFULNESS, SESSION_FEEDBACK.TAKEAWAY)
                .values(sessionId, usefulness, takeaway).execute();
        return true;
    }

    boolean feedbackGiven(long sessionId, long accountId) {
        return db.fetchExists(SESSION_FEEDBACK_GIVEN, SESSION_FEEDBACK_GIVEN.SESSION_ID.eq(sessionId)
                .and(SESSION_FEEDBACK_GIVEN.ACCOUNT_ID.eq(accountId)));
    }

    record Feedback(int usefulness, String takeaway) {
    }

    List<Feedback> feedback(long sessionId) {
        return db.select(SESSION_FEEDBACK.USEFULNESS, SESSION_FEEDBACK.TAKEAWAY).from(SESSION_FEEDBACK)
                .where(SESSION_FEEDBACK.SESSION_ID.eq(sessionId)).fetch(r -> new Feedback(r.value1(), r.value2()));
    }

    /**
     * Locks the session's row until the transaction ends: shared by people giving feedback, exclusive
     * for freezing the totals, so a late answer is either in the snapshot or refused.
     */
    void lockForFeedback(long sessionId, boolean exclusive) {
        var select = db.select(REFLECTIVE_SESSION.ID).from(REFLECTIVE_SESSION).where(REFLECTIVE_SESSION.ID.eq(sessionId));
        if (exclusive) {
            select.forUpdate().fetch();
        } else {
            select.forShare().fetch();
        }
    }

    Optional<SessionDetail.FeedbackSummary> feedbackSummary(long sessionId) {
        return db.selectFrom(SESSION_FEEDBACK_SUMMARY).where(SESSION_FEEDBACK_SUMMARY.SESSION_ID.eq(sessionId))
                .fetchOptional(r -> new SessionDetail.FeedbackSummary(r.getFrozenAt().toInstant(), r.getMinGroupSize(),
                        r.getResponses(), r.getRatingCounts() == null ? null : List.of(r.getRatingCounts()),
                        r.getTakeaways() == null ? null : List.of(r.getTakeaways())));
    }

    /** Stores the frozen totals once; a second call for the same session changes nothing. */
    void saveFeedbackSummary(long sessionId, SessionDetail.FeedbackSummary s) {
        db.insertInto(SESSION_FEEDBACK_SUMMARY, SESSION_FEEDBACK_SUMMARY.SESSION_ID, SESSION_FEEDBACK_SUMMARY.FROZEN_AT,
                        SESSION_FEEDBACK_SUMMARY.MIN_GROUP_SIZE, SESSION_FEEDBACK_SUMMARY.RESPONSES,
                        SESSION_FEEDBACK_SUMMARY.RATING_COUNTS, SESSION_FEEDBACK_SUMMARY.TAKEAWAYS)
                .values(sessionId, s.frozenAt().atOffset(ZoneOffset.UTC), s.minGroupSize(), s.responses(),
                        s.ratingCounts() == null ? null : s.ratingCounts().toArray(Integer[]::new),
                        s.takeaways() == null ? null : s.takeaways().toArray(String[]::new))
                .onConflictDoNothing().execute();
    }

    // --- actions -----------------------------------------------------------------------------------

    long insertAction(long teamId, String description, Long ownerId, LocalDate due, String originType, Long originId, long by) {
        long id = db.insertInto(ACTION_POINT, ACTION_POINT.TEAM_ID, ACTION_POINT.DESCRIPTION, ACTION_POINT.OWNER_ID,
                        ACTION_POINT.DUE_DATE, ACTION_POINT.ORIGIN_TYPE, ACTION_POINT.ORIGIN_ID, ACTION_POINT.CREATED_BY)
                .values(teamId, description, ownerId, due, originType, originId, by)
                .returning(ACTION_POINT.ID).fetchOne(ACTION_POINT.ID);
        db.insertInto(ACTION_UPDATE, ACTION_UPDATE.ACTION_ID, ACTION_UPDATE.ACCOUNT_ID, ACTION_UPDATE.NEW_STATUS, ACTION_UPDATE.NOTE)
                .values(id, by, "open", "Action agreed").execute();
        return id;
    }

    List<ActionPoint> actions(Condition condition) {
        var owner = ACCOUNT.as("owner");
        return db.select(ACTION_POINT.asterisk(), TEAM.NAME, owner.DISPLAY_NAME).from(ACTION_POINT)
                .join(TEAM).on(TEAM.ID.eq(ACTION_POINT.TEAM_ID))
                .leftJoin(owner).on(owner.ID.eq(ACTION_POINT.OWNER_ID))
                .where(condition)
                .orderBy(DSL.case_().when(ACTION_POINT.STATUS.in("done", "dropped"), 1).else_(0),
                        ACTION_POINT.DUE_DATE.asc().nullsLast(), ACTION_POINT.ID)
                .fetch(r -> new ActionPoint(r.get(ACTION_POINT.ID), r.get(ACTION_POINT.TEAM_ID), r.get(TEAM.NAME),
                        r.get(ACTION_POINT.DESCRIPTION), r.get(ACTION_POINT.OWNER_ID),
                        r.get(owner.DISPLAY_NAME) == null ? "The team" : r.get(owner.DISPLAY_NAME),
                        r.get(ACTION_POINT.DUE_DATE), ActionStatus.fromKey(r.get(ACTION_POINT.STATUS)).orElseThrow(),
                        r.get(ACTION_POINT.DROPPED_REASON), r.get(ACTION_POINT.ORIGIN_TYPE), r.get(ACTION_POINT.ORIGIN_ID),
                        instant(r.get(ACTION_POINT.CREATED_AT)), instant(r.get(ACTION_POINT.UPDATED_AT))));
    }

    Optional<ActionPoint> action(long id) {
        return actions(ACTION_POINT.ID.eq(id)).stream().findFirst();
    }

    /** Changes an action's status if it is still what the caller saw; 0 when someone else changed it first. */
    int updateStatus(long id, ActionStatus from, ActionStatus to, String droppedReason, long by, String note) {
        int changed = db.update(ACTION_POINT).set(ACTION_POINT.STATUS, to.key())
                .set(ACTION_POINT.DROPPED_REASON, to == ActionStatus.DROPPED ? droppedReason : null)
                .set(ACTION_POINT.UPDATED_AT, OffsetDateTime.now(clock))
                .where(ACTION_POINT.ID.eq(id)).and(ACTION_POINT.STATUS.eq(from.key())).execute();
        if (changed == 1) {
            db.insertInto(ACTION_UPDATE, ACTION_UPDATE.ACTION_ID, ACTION_UPDATE.ACCOUNT_ID, ACTION_UPDATE.OLD_STATUS,
                    ACTION_UPDATE.NEW_STATUS, ACTION_UPDATE.NOTE).values(id, by, from.key(), to.key(), note).execute();
        }
        return changed;
    }

    void addNote(long id, ActionStatus status, long by, String note) {
        db.insertInto(ACTION_UPDATE, ACTION_UPDATE.ACTION_ID, ACTION_UPDATE.ACCOUNT_ID, ACTION_UPDATE.OLD_STATUS,
                ACTION_UPDATE.NEW_STATUS, ACTION_UPDATE.NOTE).values(id, by, status.key(), status.key(), note).execute();
        db.update(ACTION_POINT).set(ACTION_POINT.UPDATED_AT, OffsetDateTime.now(clock)).where(ACTION_POINT.ID.eq(id)).execute();
    }

    List<ActionUpdate> history(long actionId) {
        return db.select(ACTION_UPDATE.AT, ACCOUNT.DISPLAY_NAME, ACTION_UPDATE.OLD_STATUS, ACTION_UPDATE.NEW_STATUS, ACTION_UPDATE.NOTE)
                .from(ACTION_UPDATE).leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(ACTION_UPDATE.ACCOUNT_ID))
                .where(ACTION_UPDATE.ACTION_ID.eq(actionId)).orderBy(ACTION_UPDATE.AT, ACTION_UPDATE.ID)
                .fetch(r -> new ActionUpdate(instant(r.value1()), r.value2() == null ? "A former member" : r.value2(),
                        r.value3() == null ? null : ActionStatus.fromKey(r.value3()).orElse(null),
                        ActionStatus.fromKey(r.value4()).orElseThrow(), r.value5()));
    }
}
