package org.lantern.reflection;

import lombok.RequiredArgsConstructor;

import org.jooq.Condition;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.lantern.people.Directory;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.lantern.db.Tables.REFLECTIVE_SESSION;
import static org.lantern.db.Tables.SESSION_ATTENDANCE;
import static org.lantern.db.Tables.SESSION_FEEDBACK;
import static org.lantern.db.Tables.SESSION_FEEDBACK_GIVEN;
import static org.lantern.db.Tables.SESSION_FEEDBACK_SUMMARY;
import static org.lantern.base.database.StoredEnums.lowerCaseNames;

/**
 * jOOQ access to sessions, attendance and anonymous feedback. The focus type and status are stored
 * as text and read and written as {@link FocusType} and {@link SessionStatus} through the converters here.
 */
@Repository
@RequiredArgsConstructor
class SessionRepository {

    /** {@code reflective_session.focus_type}. */
    static final Converter<String, FocusType> FOCUS_TYPE =
            lowerCaseNames(FocusType.class);
    /** {@code reflective_session.status}. */
    static final Converter<String, SessionStatus> STATUS =
            lowerCaseNames(SessionStatus.class);

    private final DSLContext db;
    private final Clock clock;
    private final Directory directory;

    // --- sessions --------------------------------------------------------------------------------

    long insertSession(NewSession s, Instant startsAt, Instant feedbackClosesAt, String focusTitle, long createdBy) {
        return db.insertInto(REFLECTIVE_SESSION, REFLECTIVE_SESSION.TEAM_ID, REFLECTIVE_SESSION.STARTS_AT,
                        REFLECTIVE_SESSION.DURATION_MINUTES, REFLECTIVE_SESSION.FOCUS_TYPE, REFLECTIVE_SESSION.FOCUS_REF,
                        REFLECTIVE_SESSION.FOCUS_TITLE, REFLECTIVE_SESSION.MODEL_KEY, REFLECTIVE_SESSION.PRE_READING,
                        REFLECTIVE_SESSION.CREATED_BY, REFLECTIVE_SESSION.FEEDBACK_CLOSES_AT)
                .values(s.teamId(), startsAt.atOffset(ZoneOffset.UTC), s.durationMinutes(), FOCUS_TYPE.to(s.focusType()), s.focusRef(),
                        focusTitle, s.modelKey(), s.preReading() == null ? "" : s.preReading().strip(), createdBy,
                        feedbackClosesAt.atOffset(ZoneOffset.UTC))
                .returning(REFLECTIVE_SESSION.ID).fetchOne(REFLECTIVE_SESSION.ID);
    }

    List<ReflectiveSession> sessions(Collection<Long> teamIds) {
        return sessionsWhere(REFLECTIVE_SESSION.TEAM_ID.in(teamIds));
    }

    /** Sessions the account was recorded as attending, earliest first. */
    List<ReflectiveSession> attendedSessions(long accountId) {
        return sessionsWhere(REFLECTIVE_SESSION.ID.in(db.select(SESSION_ATTENDANCE.SESSION_ID).from(SESSION_ATTENDANCE)
                .where(SESSION_ATTENDANCE.ACCOUNT_ID.eq(accountId))));
    }

    Optional<ReflectiveSession> session(long id) {
        return sessionsWhere(REFLECTIVE_SESSION.ID.eq(id)).stream().findFirst();
    }

    private List<ReflectiveSession> sessionsWhere(Condition condition) {
        List<ReflectiveSession> sessions = db.select(REFLECTIVE_SESSION.ID, REFLECTIVE_SESSION.TEAM_ID, REFLECTIVE_SESSION.STARTS_AT,
                        REFLECTIVE_SESSION.DURATION_MINUTES, REFLECTIVE_SESSION.FOCUS_TYPE.convert(FOCUS_TYPE),
                        REFLECTIVE_SESSION.FOCUS_REF, REFLECTIVE_SESSION.FOCUS_TITLE, REFLECTIVE_SESSION.MODEL_KEY,
                        REFLECTIVE_SESSION.PRE_READING, REFLECTIVE_SESSION.STATUS.convert(STATUS), REFLECTIVE_SESSION.FEEDBACK_CLOSES_AT)
                .from(REFLECTIVE_SESSION)
                .where(condition).orderBy(REFLECTIVE_SESSION.STARTS_AT)
                .fetch(Records.mapping((id, teamId, startsAt, minutes, focusType, focusRef, focusTitle, modelKey,
                                        preReading, status, feedbackClosesAt) ->
                        new ReflectiveSession(id, teamId, "", startsAt.toInstant(), minutes, focusType, focusRef, focusTitle,
                                modelKey, preReading, status == SessionStatus.CANCELLED, feedbackClosesAt.toInstant())));
        // team names from people, in one query for the whole list
        Map<Long, String> teams = directory.teamNames(sessions.stream().map(ReflectiveSession::teamId).collect(Collectors.toSet()));
        return sessions.stream().map(s -> new ReflectiveSession(s.id(), s.teamId(), teams.getOrDefault(s.teamId(), ""),
                s.startsAt(), s.durationMinutes(), s.focusType(), s.focusRef(), s.focusTitle(), s.modelKey(), s.preReading(),
                s.cancelled(), s.feedbackClosesAt())).toList();
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
        db.update(REFLECTIVE_SESSION).set(REFLECTIVE_SESSION.STATUS, STATUS.to(SessionStatus.CANCELLED)).where(REFLECTIVE_SESSION.ID.eq(sessionId)).execute();
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
                .where(SESSION_FEEDBACK.SESSION_ID.eq(sessionId)).fetch(Records.mapping(Feedback::new));
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

    // --- personal data ("Download my data" and erasure) ---

    List<SessionPersonalData.Attended> attendedBy(long accountId) {
        return db.select(REFLECTIVE_SESSION.STARTS_AT, REFLECTIVE_SESSION.TEAM_ID, REFLECTIVE_SESSION.FOCUS_TITLE)
                .from(SESSION_ATTENDANCE)
                .join(REFLECTIVE_SESSION).on(REFLECTIVE_SESSION.ID.eq(SESSION_ATTENDANCE.SESSION_ID))
                .where(SESSION_ATTENDANCE.ACCOUNT_ID.eq(accountId)).orderBy(REFLECTIVE_SESSION.STARTS_AT)
                .fetch(Records.mapping(SessionPersonalData.Attended::new));
    }

    /** Attendance and the marks that feedback was given go; the feedback itself was never tied to anyone. */
    void forgetAttendanceOf(long accountId) {
        db.deleteFrom(SESSION_ATTENDANCE).where(SESSION_ATTENDANCE.ACCOUNT_ID.eq(accountId)).execute();
        db.deleteFrom(SESSION_FEEDBACK_GIVEN).where(SESSION_FEEDBACK_GIVEN.ACCOUNT_ID.eq(accountId)).execute();
    }
}
