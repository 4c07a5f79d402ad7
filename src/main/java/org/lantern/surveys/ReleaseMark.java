package org.lantern.surveys;

import org.jooq.Condition;
import org.jooq.Field;

import static org.lantern.db.Routines.responseFirstRelease;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.WAVE;

/**
 * In which release a response was first included, by the database's one rule ({@code response_first_release}, db
 * change 036): a response submitted to a wave before the wave's first release ({@code wave.released_in}) is part of
 * that release; one submitted later ("late") is marked itself ({@code response.released_in}) by the next release that
 * includes it. The triggers that freeze released responses use the same function, so reads and freezing cannot
 * disagree. Queries using these join {@code WAVE} on the response's wave.
 */
final class ReleaseMark {

    /** The release that first included the response, or null. */
    static final Field<Long> RELEASED_IN = responseFirstRelease(RESPONSE.RELEASED_IN, RESPONSE.LATE, RESPONSE.STATUS, WAVE.RELEASED_IN);

    /** Whether the response is part of a release. */
    static final Condition RELEASED = RELEASED_IN.isNotNull();

    private ReleaseMark() {
    }
}
