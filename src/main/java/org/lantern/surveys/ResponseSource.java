package org.lantern.surveys;

import org.jooq.Field;

import static org.lantern.base.database.StoredEnums.lowerCaseNames;
import static org.lantern.db.Tables.RESPONSE;

/** Where a response came from, stored as its name in lower case in {@code response.source}. */
enum ResponseSource {
    /** Answered in Lantern. */
    APP,
    /** Imported from a CSV file (for example paper forms); such a response points to its import record. */
    IMPORT;

    /** {@code response.source}, read and written as this enum. */
    static final Field<ResponseSource> FIELD = RESPONSE.SOURCE.convert(lowerCaseNames(ResponseSource.class));
}
