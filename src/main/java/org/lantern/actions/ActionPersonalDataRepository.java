package org.lantern.actions;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.jooq.Records.mapping;
import static org.lantern.db.Tables.ACTION_POINT;
import static org.lantern.db.Tables.ACTION_UPDATE;

/**
 * jOOQ reads of the actions one person owns and the updates they wrote, as stored (statuses as their
 * stored words), and their erasure, for {@link ActionPersonalData}.
 */
@Repository
class ActionPersonalDataRepository {

    private final DSLContext db;

    ActionPersonalDataRepository(DSLContext db) {
        this.db = db;
    }

    List<ActionPersonalData.Owned> owned(long accountId) {
        return db.select(ACTION_POINT.ID, ACTION_POINT.TEAM_ID, ACTION_POINT.DESCRIPTION, ACTION_POINT.DUE_DATE,
                        ACTION_POINT.STATUS, ACTION_POINT.DROPPED_REASON, ACTION_POINT.CREATED_AT, ACTION_POINT.UPDATED_AT)
                .from(ACTION_POINT)
                .where(ACTION_POINT.OWNER_ID.eq(accountId)).orderBy(ACTION_POINT.CREATED_AT, ACTION_POINT.ID)
                .fetch(mapping(ActionPersonalData.Owned::new));
    }

    List<ActionPersonalData.Written> updates(long accountId) {
        return db.select(ACTION_UPDATE.AT, ACTION_POINT.TEAM_ID, ACTION_POINT.DESCRIPTION, ACTION_UPDATE.OLD_STATUS,
                        ACTION_UPDATE.NEW_STATUS, ACTION_UPDATE.NOTE)
                .from(ACTION_UPDATE)
                .join(ACTION_POINT).on(ACTION_POINT.ID.eq(ACTION_UPDATE.ACTION_ID))
                .where(ACTION_UPDATE.ACCOUNT_ID.eq(accountId)).orderBy(ACTION_UPDATE.AT, ACTION_UPDATE.ID)
                .fetch(mapping(ActionPersonalData.Written::new));
    }

    /** Actions the person owned become the team's. */
    void erase(long accountId) {
        db.update(ACTION_POINT).setNull(ACTION_POINT.OWNER_ID).where(ACTION_POINT.OWNER_ID.eq(accountId)).execute();
    }
}
