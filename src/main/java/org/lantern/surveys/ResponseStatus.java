package org.lantern.surveys;

import org.jooq.Field;

import static org.lantern.base.database.StoredEnums.lowerCaseNames;
import static org.lantern.db.Tables.RESPONSE;

/** Where a response stands, stored as its name in lower case in {@code response.status}. */
enum ResponseStatus {
    /** Started and saved as the person goes; only they can reach it, through their keyed link. */
    DRAFT,
    /** Final: it never changes again. */
    SUBMITTED;

    /** {@code response.status}, read and written as this enum. */
    static final Field<ResponseStatus> FIELD = RESPONSE.STATUS.convert(lowerCaseNames(ResponseStatus.class));
}
