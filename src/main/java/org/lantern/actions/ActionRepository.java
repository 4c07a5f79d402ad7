package org.lantern.actions;

import lombok.RequiredArgsConstructor;

import org.jooq.Condition;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.lantern.people.Directory;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.lantern.db.Tables.ACTION_POINT;
import static org.lantern.db.Tables.ACTION_UPDATE;
import static org.lantern.base.database.StoredEnums.lowerCaseNames;

/**
 * jOOQ access to the action log. Statuses and origins are stored as text and read and written as
 * enums through the two converters here. Every read is "as of" a day, which decides what is overdue.
 */
@Repository
@RequiredArgsConstructor
class ActionRepository {

    /** {@code action_point.status}, {@code action_update.old_status} and {@code new_status}. */
    static final Converter<String, ActionStatus> STATUS =
            lowerCaseNames(ActionStatus.class);
    /** {@code action_point.origin_type}. */
    static final Converter<String, ActionOrigin> ORIGIN =
            lowerCaseNames(ActionOrigin.class);

    private final DSLContext db;

    private final Clock clock;
    private final Directory directory;

    long insert(long teamId, String description, @Nullable Long ownerId, @Nullable LocalDate due, ActionOrigin origin,
                @Nullable Long originId, long by) {
        long id = db.insertInto(ACTION_POINT, ACTION_POINT.TEAM_ID, ACTION_POINT.DESCRIPTION, ACTION_POINT.OWNER_ID,
                        ACTION_POINT.DUE_DATE, ACTION_POINT.ORIGIN_TYPE, ACTION_POINT.ORIGIN_ID, ACTION_POINT.CREATED_BY)
                .values(teamId, description, ownerId, due, ORIGIN.to(origin), originId, by)
                .returning(ACTION_POINT.ID).fetchOne(ACTION_POINT.ID);
        db.insertInto(ACTION_UPDATE, ACTION_UPDATE.ACTION_ID, ACTION_UPDATE.ACCOUNT_ID, ACTION_UPDATE.NEW_STATUS, ACTION_UPDATE.NOTE)
                .values(id, by, STATUS.to(ActionStatus.OPEN), "Action agreed").execute();
        return id;
    }

    /** A team's actions: open ones first, then by due date. */
    List<ActionPoint> ofTeam(long teamId, LocalDate today) {
        return actions(ACTION_POINT.TEAM_ID.eq(teamId), today);
    }

    /** The actions of several teams, in the same order. */
    List<ActionPoint> ofTeams(Collection<Long> teamIds, LocalDate today) {
        return actions(ACTION_POINT.TEAM_ID.in(teamIds), today);
    }

    /** Every team's actions not closed whose due date is before {@code today}. */
    List<ActionPoint> overdue(LocalDate today) {
        return actions(ACTION_POINT.DUE_DATE.lt(today)
                .and(ACTION_POINT.STATUS.notIn(STATUS.to(ActionStatus.DONE), STATUS.to(ActionStatus.DROPPED))), today);
    }

    /** A team's actions agreed in one session or self-review. */
    List<ActionPoint> from(long teamId, ActionOrigin origin, long originId, LocalDate today) {
        return actions(ACTION_POINT.TEAM_ID.eq(teamId).and(ACTION_POINT.ORIGIN_TYPE.eq(ORIGIN.to(origin)))
                .and(ACTION_POINT.ORIGIN_ID.eq(originId)), today);
    }

    Optional<ActionPoint> action(long id, LocalDate today) {
        return actions(ACTION_POINT.ID.eq(id), today).stream().findFirst();
    }

    private List<ActionPoint> actions(Condition condition, LocalDate today) {
        record Row(long id, long teamId, String description, @Nullable Long ownerId, @Nullable LocalDate due, ActionStatus status,
                   @Nullable String droppedReason, ActionOrigin origin, @Nullable Long originId, OffsetDateTime created,
                   OffsetDateTime updated) {
        }
        List<Row> rows = db.select(ACTION_POINT.ID, ACTION_POINT.TEAM_ID, ACTION_POINT.DESCRIPTION, ACTION_POINT.OWNER_ID,
                        ACTION_POINT.DUE_DATE, ACTION_POINT.STATUS.convert(STATUS),
                        ACTION_POINT.DROPPED_REASON, ACTION_POINT.ORIGIN_TYPE.convert(ORIGIN), ACTION_POINT.ORIGIN_ID,
                        ACTION_POINT.CREATED_AT, ACTION_POINT.UPDATED_AT)
                .from(ACTION_POINT)
                .where(condition)
                .orderBy(DSL.case_().when(ACTION_POINT.STATUS.in(STATUS.to(ActionStatus.DONE), STATUS.to(ActionStatus.DROPPED)), 1)
                                .else_(0),
                        ACTION_POINT.DUE_DATE.asc().nullsLast(), ACTION_POINT.ID)
                .fetch(Records.mapping(Row::new));
        // names from people, one query each for the whole list
        Map<Long, String> teams = directory.teamNames(rows.stream().map(Row::teamId).collect(Collectors.toSet()));
        Map<Long, String> owners = directory.displayNames(rows.stream().map(Row::ownerId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream().map(r -> new ActionPoint(r.id(), r.teamId(), teams.getOrDefault(r.teamId(), ""), r.description(),
                r.ownerId(), r.ownerId() == null ? "The team" : owners.getOrDefault(r.ownerId(), "The team"), r.due(), r.status(),
                r.droppedReason(), r.origin(), r.originId(), r.created().toInstant(), r.updated().toInstant(),
                ActionPoint.overdue(r.status(), r.due(), today))).toList();
    }

    /** Changes an action's status if it is still what the caller saw; 0 when someone else changed it first. */
    int updateStatus(long id, ActionStatus from, ActionStatus to, String droppedReason, long by, String note) {
        int changed = db.update(ACTION_POINT).set(ACTION_POINT.STATUS, STATUS.to(to))
                .set(ACTION_POINT.DROPPED_REASON, to == ActionStatus.DROPPED ? droppedReason : null)
                .set(ACTION_POINT.UPDATED_AT, OffsetDateTime.now(clock))
                .where(ACTION_POINT.ID.eq(id)).and(ACTION_POINT.STATUS.eq(STATUS.to(from))).execute();
        if (changed == 1) {
            db.insertInto(ACTION_UPDATE, ACTION_UPDATE.ACTION_ID, ACTION_UPDATE.ACCOUNT_ID, ACTION_UPDATE.OLD_STATUS,
                    ACTION_UPDATE.NEW_STATUS, ACTION_UPDATE.NOTE).values(id, by, STATUS.to(from), STATUS.to(to), note).execute();
        }
        return changed;
    }

    void addNote(long id, ActionStatus status, long by, String note) {
        db.insertInto(ACTION_UPDATE, ACTION_UPDATE.ACTION_ID, ACTION_UPDATE.ACCOUNT_ID, ACTION_UPDATE.OLD_STATUS,
                ACTION_UPDATE.NEW_STATUS, ACTION_UPDATE.NOTE).values(id, by, STATUS.to(status), STATUS.to(status), note).execute();
        db.update(ACTION_POINT).set(ACTION_POINT.UPDATED_AT, OffsetDateTime.now(clock)).where(ACTION_POINT.ID.eq(id)).execute();
    }

    List<ActionUpdate> history(long actionId) {
        record Row(OffsetDateTime at, @Nullable Long by, @Nullable ActionStatus from, ActionStatus to, String note) {
        }
        List<Row> rows = db.select(ACTION_UPDATE.AT, ACTION_UPDATE.ACCOUNT_ID,
                        ACTION_UPDATE.OLD_STATUS.convert(STATUS), ACTION_UPDATE.NEW_STATUS.convert(STATUS), ACTION_UPDATE.NOTE)
                .from(ACTION_UPDATE)
                .where(ACTION_UPDATE.ACTION_ID.eq(actionId)).orderBy(ACTION_UPDATE.AT, ACTION_UPDATE.ID)
                .fetch(Records.mapping(Row::new));
        Map<Long, String> names = directory.displayNames(rows.stream().map(Row::by).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream().map(r -> new ActionUpdate(r.at().toInstant(),
                r.by() == null ? "A former member" : names.getOrDefault(r.by(), "A former member"), r.from(), r.to(), r.note()))
                .toList();
    }

    // --- personal data ("Download my data" and erasure) ---

    List<ActionPersonalData.Owned> ownedBy(long accountId) {
        return db.select(ACTION_POINT.ID, ACTION_POINT.TEAM_ID, ACTION_POINT.DESCRIPTION, ACTION_POINT.DUE_DATE,
                        ACTION_POINT.STATUS, ACTION_POINT.DROPPED_REASON, ACTION_POINT.CREATED_AT, ACTION_POINT.UPDATED_AT)
                .from(ACTION_POINT)
                .where(ACTION_POINT.OWNER_ID.eq(accountId)).orderBy(ACTION_POINT.CREATED_AT, ACTION_POINT.ID)
                .fetch(Records.mapping(ActionPersonalData.Owned::new));
    }

    List<ActionPersonalData.Written> updatesWrittenBy(long accountId) {
        return db.select(ACTION_UPDATE.AT, ACTION_POINT.TEAM_ID, ACTION_POINT.DESCRIPTION, ACTION_UPDATE.OLD_STATUS,
                        ACTION_UPDATE.NEW_STATUS, ACTION_UPDATE.NOTE)
                .from(ACTION_UPDATE)
                .join(ACTION_POINT).on(ACTION_POINT.ID.eq(ACTION_UPDATE.ACTION_ID))
                .where(ACTION_UPDATE.ACCOUNT_ID.eq(accountId)).orderBy(ACTION_UPDATE.AT, ACTION_UPDATE.ID)
                .fetch(Records.mapping(ActionPersonalData.Written::new));
    }

    /** Actions the person owned become the team's. */
    void detachOwner(long accountId) {
        db.update(ACTION_POINT).setNull(ACTION_POINT.OWNER_ID).where(ACTION_POINT.OWNER_ID.eq(accountId)).execute();
    }
}
