package org.lantern.surveys;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.WAVE;

/**
 * In which release a response was first included (db change 035): a response submitted to a wave before the wave's
 * first release is part of that release ({@code wave.released_in}); one submitted later ("late") is marked itself
 * ({@code response.released_in}) by the next release that includes it. Queries using these join {@code WAVE} on the
 * response's wave. The database's triggers freeze released responses by the same rule ({@code response_is_released}).
 */
final class ReleaseMark {

    /** The release that first included the response, or null. */
    static final Field<Long> RELEASED_IN = DSL.coalesce(RESPONSE.RELEASED_IN,
            DSL.when(ResponseStatus.FIELD.eq(ResponseStatus.SUBMITTED).and(RESPONSE.LATE.isFalse()), WAVE.RELEASED_IN));

    /** Whether the response is part of a release. */
    static final Condition RELEASED = RELEASED_IN.isNotNull();

    private ReleaseMark() {
    }
}
