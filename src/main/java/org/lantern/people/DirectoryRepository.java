package org.lantern.people;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.TEAM;

/** jOOQ reads of account and team names by id, for {@link Directory}. */
@Repository
class DirectoryRepository {

    private final DSLContext db;

    DirectoryRepository(DSLContext db) {
        this.db = db;
    }

    Map<Long, String> displayNames(Collection<Long> accountIds) {
        return db.select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME).from(ACCOUNT).where(ACCOUNT.ID.in(Set.copyOf(accountIds)))
                .fetchMap(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME);
    }

    Map<Long, String> teamNames(Collection<Long> teamIds) {
        // fetchMap keeps the query's order (a LinkedHashMap)
        return db.select(TEAM.ID, TEAM.NAME).from(TEAM).where(TEAM.ID.in(Set.copyOf(teamIds)))
                .orderBy(TEAM.NAME, TEAM.ID).fetchMap(TEAM.ID, TEAM.NAME);
    }
}
