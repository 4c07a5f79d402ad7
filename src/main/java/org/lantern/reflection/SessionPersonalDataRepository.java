package org.lantern.reflection;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.jooq.Records.mapping;
import static org.lantern.db.Tables.REFLECTIVE_SESSION;
import static org.lantern.db.Tables.SESSION_ATTENDANCE;
import static org.lantern.db.Tables.SESSION_FEEDBACK_GIVEN;

/** jOOQ reads and erasure of the sessions one person attended, for {@link SessionPersonalData}. */
@Repository
class SessionPersonalDataRepository {

    private final DSLContext db;

    SessionPersonalDataRepository(DSLContext db) {
        this.db = db;
    }

    List<SessionPersonalData.Attended> attended(long accountId) {
        return db.select(REFLECTIVE_SESSION.STARTS_AT, REFLECTIVE_SESSION.TEAM_ID, REFLECTIVE_SESSION.FOCUS_TITLE)
                .from(SESSION_ATTENDANCE)
                .join(REFLECTIVE_SESSION).on(REFLECTIVE_SESSION.ID.eq(SESSION_ATTENDANCE.SESSION_ID))
                .where(SESSION_ATTENDANCE.ACCOUNT_ID.eq(accountId)).orderBy(REFLECTIVE_SESSION.STARTS_AT)
                .fetch(mapping(SessionPersonalData.Attended::new));
    }

    /** Attendance and the marks that feedback was given go; the feedback itself was never tied to anyone. */
    void erase(long accountId) {
        db.deleteFrom(SESSION_ATTENDANCE).where(SESSION_ATTENDANCE.ACCOUNT_ID.eq(accountId)).execute();
        db.deleteFrom(SESSION_FEEDBACK_GIVEN).where(SESSION_FEEDBACK_GIVEN.ACCOUNT_ID.eq(accountId)).execute();
    }
}
