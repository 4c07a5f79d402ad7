package org.lantern.people;

import org.lantern.base.database.QueryShape;
import org.lantern.base.security.Role;

import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.jooq.Records.mapping;
import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.ACCOUNT_ROLE;

/** The per-account session version that database triggers bump whenever what the account may do changes. */
@Repository
class AccountSessionRepository {

    private static final Param<Long> ACCOUNT_ID = DSL.param("accountId", ACCOUNT.ID);

    private final DSLContext db;
    /** Every request of a signed-in session runs it: rendered once. */
    private final QueryShape<Record2<Long, Boolean>> current;

    AccountSessionRepository(DSLContext db) {
        this.db = db;
        this.current = QueryShape.of(db, db.select(ACCOUNT.SESSION_VERSION, ACCOUNT.ENABLED).from(ACCOUNT)
                .where(ACCOUNT.ID.eq(ACCOUNT_ID)), ACCOUNT_ID);
    }

    /** What each request of a signed-in session is checked against. */
    record Current(long version, boolean enabled) {
    }

    /** The account as a sign-in finds it: its roles are read in the same statement as its version. */
    record AtSignIn(long accountId, long version, boolean enabled, Set<Role> roles) {
    }

    /** One primary-key read. */
    Optional<Current> current(long accountId) {
        return current.fetch(db, accountId).fetchOptional(mapping(Current::new));
    }

    Optional<AtSignIn> atSignIn(String username) {
        var roles = DSL.array(DSL.select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID)));
        return db.select(ACCOUNT.ID, ACCOUNT.SESSION_VERSION, ACCOUNT.ENABLED, roles).from(ACCOUNT)
                .where(ACCOUNT.USERNAME.eq(username))
                .fetchOptional(mapping((accountId, version, enabled, roleKeys) ->
                        new AtSignIn(accountId, version, enabled, roles(roleKeys))));
    }

    private static Set<Role> roles(String[] keys) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(keys).map(Role::fromKey).flatMap(Optional::stream).forEach(roles::add);
        return roles;
    }
}
