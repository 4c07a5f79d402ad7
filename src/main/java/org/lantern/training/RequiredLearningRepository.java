package org.lantern.training;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.lantern.base.security.Role;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.lantern.db.Tables.REQUIRED_MODULE;
import static org.lantern.db.Tables.REQUIRED_MODULE_ROLE;
import static org.lantern.db.Tables.REQUIRED_MODULE_TEAM;

/** jOOQ access to required learning: assignments and the teams and roles they name. */
@Repository
@RequiredArgsConstructor
class RequiredLearningRepository {

    private final DSLContext db;

    /** A stored assignment. */
    record Row(long id, String moduleKey, LocalDate dueOn, Long setBy, Instant withdrawnAt, Set<Long> teamIds, Set<Role> roles) {
    }

    long insert(String moduleKey, LocalDate dueOn, long setBy, Instant at) {
        return db.insertInto(REQUIRED_MODULE, REQUIRED_MODULE.MODULE_KEY, REQUIRED_MODULE.DUE_ON, REQUIRED_MODULE.SET_BY,
                        REQUIRED_MODULE.SET_AT, REQUIRED_MODULE.CHANGED_AT)
                .values(moduleKey, dueOn, setBy, at.atOffset(ZoneOffset.UTC), at.atOffset(ZoneOffset.UTC))
                .returning(REQUIRED_MODULE.ID).fetchOne(REQUIRED_MODULE.ID);
    }

    void update(long id, String moduleKey, LocalDate dueOn, Instant at) {
        db.update(REQUIRED_MODULE).set(REQUIRED_MODULE.MODULE_KEY, moduleKey).set(REQUIRED_MODULE.DUE_ON, dueOn)
                .set(REQUIRED_MODULE.CHANGED_AT, at.atOffset(ZoneOffset.UTC)).where(REQUIRED_MODULE.ID.eq(id)).execute();
    }

    /** Replaces the teams and roles an assignment names. */
    void setTargets(long id, Collection<Long> teamIds, Collection<Role> roles) {
        db.deleteFrom(REQUIRED_MODULE_TEAM).where(REQUIRED_MODULE_TEAM.REQUIRED_MODULE_ID.eq(id)).execute();
        db.deleteFrom(REQUIRED_MODULE_ROLE).where(REQUIRED_MODULE_ROLE.REQUIRED_MODULE_ID.eq(id)).execute();
        for (long team : teamIds) {
            db.insertInto(REQUIRED_MODULE_TEAM, REQUIRED_MODULE_TEAM.REQUIRED_MODULE_ID, REQUIRED_MODULE_TEAM.TEAM_ID)
                    .values(id, team).execute();
        }
        for (Role role : roles) {
            db.insertInto(REQUIRED_MODULE_ROLE, REQUIRED_MODULE_ROLE.REQUIRED_MODULE_ID, REQUIRED_MODULE_ROLE.ROLE)
                    .values(id, role.key()).execute();
        }
    }

    void withdraw(long id, long by, Instant at) {
        db.update(REQUIRED_MODULE).set(REQUIRED_MODULE.WITHDRAWN_AT, at.atOffset(ZoneOffset.UTC))
                .set(REQUIRED_MODULE.WITHDRAWN_BY, by).where(REQUIRED_MODULE.ID.eq(id)).execute();
    }

    Optional<Row> find(long id) {
        return all(false).stream().filter(r -> r.id() == id).findFirst();
    }

    /** Every assignment, newest due date last; withdrawn ones only when asked for. */
    List<Row> all(boolean withWithdrawn) {
        Map<Long, Set<Long>> teams = new HashMap<>();
        db.select(REQUIRED_MODULE_TEAM.REQUIRED_MODULE_ID, REQUIRED_MODULE_TEAM.TEAM_ID).from(REQUIRED_MODULE_TEAM)
                .forEach(r -> teams.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        Map<Long, Set<Role>> roles = new HashMap<>();
        db.select(REQUIRED_MODULE_ROLE.REQUIRED_MODULE_ID, REQUIRED_MODULE_ROLE.ROLE).from(REQUIRED_MODULE_ROLE)
                .forEach(r -> Role.fromKey(r.value2()).ifPresent(role -> roles.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(role)));
        return db.select(REQUIRED_MODULE.ID, REQUIRED_MODULE.MODULE_KEY, REQUIRED_MODULE.DUE_ON, REQUIRED_MODULE.SET_BY,
                        REQUIRED_MODULE.WITHDRAWN_AT).from(REQUIRED_MODULE)
                .where(withWithdrawn ? org.jooq.impl.DSL.noCondition() : REQUIRED_MODULE.WITHDRAWN_AT.isNull())
                .orderBy(REQUIRED_MODULE.DUE_ON, REQUIRED_MODULE.ID)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? null : r.value5().toInstant(),
                        teams.getOrDefault(r.value1(), Set.of()), roles.getOrDefault(r.value1(), Set.of())));
    }
}
