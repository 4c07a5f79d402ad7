package org.lantern.audit;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.lantern.db.Tables.SIGN_IN_ATTEMPT;

/** jOOQ access to the sign-in throttle's counters ({@code sign_in_attempt}). */
@Repository
@RequiredArgsConstructor
class SignInAttemptRepository {

    enum Scope {
        PAIR("pair"), NAME("name"), ADDRESS("address");

        final String key;

        Scope(String key) {
            this.key = key;
        }
    }

    /** The three counters of one attempt. */
    record Counters(SignInPolicy.Counter pair, SignInPolicy.Counter name, SignInPolicy.Counter address) {
    }

    private final DSLContext db;

    /**
     * Creates the attempt's three counters when missing and locks them until the transaction ends, in one
     * statement: a parallel attempt touching any of them waits here until this one has been reserved.
     * The rows are always locked in the same order (address, user name, pair), so attempts never deadlock.
     */
    Counters lock(String nameKey, String addressKey, Instant now) {
        OffsetDateTime at = at(now);
        var rows = db.insertInto(SIGN_IN_ATTEMPT, SIGN_IN_ATTEMPT.SCOPE, SIGN_IN_ATTEMPT.NAME_KEY,
                        SIGN_IN_ATTEMPT.ADDRESS_KEY, SIGN_IN_ATTEMPT.SINCE)
                .values(Scope.ADDRESS.key, "", addressKey, at)
                .values(Scope.NAME.key, nameKey, "", at)
                .values(Scope.PAIR.key, nameKey, addressKey, at)
                .onConflict(SIGN_IN_ATTEMPT.SCOPE, SIGN_IN_ATTEMPT.NAME_KEY, SIGN_IN_ATTEMPT.ADDRESS_KEY)
                // a no-op update: it only takes the row lock, and makes RETURNING give existing rows too
                .doUpdate().set(SIGN_IN_ATTEMPT.SCOPE, DSL.excluded(SIGN_IN_ATTEMPT.SCOPE))
                .returning(SIGN_IN_ATTEMPT.SCOPE, SIGN_IN_ATTEMPT.FAILURES, SIGN_IN_ATTEMPT.SINCE,
                        SIGN_IN_ATTEMPT.LAST_FAILURE, SIGN_IN_ATTEMPT.LAST_SUCCESS)
                .fetch();
        SignInPolicy.@Nullable Counter pair = null;
        SignInPolicy.@Nullable Counter name = null;
        SignInPolicy.@Nullable Counter address = null;
        for (var row : rows) {
            var counter = new SignInPolicy.Counter(row.getFailures(), row.getSince().toInstant(),
                    instant(row.getLastFailure()), instant(row.getLastSuccess()));
            switch (row.getScope()) {
                case "pair" -> pair = counter;
                case "name" -> name = counter;
                default -> address = counter;
            }
        }
        if (pair == null || name == null || address == null) {
            throw new IllegalStateException("sign_in_attempt: expected three counters, got " + rows.size());
        }
        return new Counters(pair, name, address);
    }

    void save(Scope scope, String nameKey, String addressKey, SignInPolicy.Counter counter) {
        db.update(SIGN_IN_ATTEMPT)
                .set(SIGN_IN_ATTEMPT.FAILURES, counter.failures())
                .set(SIGN_IN_ATTEMPT.SINCE, at(counter.since()))
                .set(SIGN_IN_ATTEMPT.LAST_FAILURE, counter.lastFailure() == null ? null : at(counter.lastFailure()))
                .set(SIGN_IN_ATTEMPT.LAST_SUCCESS, counter.lastSuccess() == null ? null : at(counter.lastSuccess()))
                .where(SIGN_IN_ATTEMPT.SCOPE.eq(scope.key), SIGN_IN_ATTEMPT.NAME_KEY.eq(nameKey),
                        SIGN_IN_ATTEMPT.ADDRESS_KEY.eq(addressKey))
                .execute();
    }

    /**
     * Removes counters whose failures no longer count (none since {@code failuresBefore}) and that hold no
     * success still trusted (none since {@code successesBefore}).
     */
    int deleteIdle(Instant failuresBefore, Instant successesBefore) {
        return db.deleteFrom(SIGN_IN_ATTEMPT)
                .where(DSL.greatest(SIGN_IN_ATTEMPT.SINCE, SIGN_IN_ATTEMPT.LAST_FAILURE).lt(at(failuresBefore)))
                .and(SIGN_IN_ATTEMPT.LAST_SUCCESS.isNull().or(SIGN_IN_ATTEMPT.LAST_SUCCESS.lt(at(successesBefore))))
                .execute();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
