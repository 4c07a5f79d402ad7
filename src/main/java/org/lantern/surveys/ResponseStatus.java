package org.lantern.surveys;

import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static org.lantern.db.Tables.RESPONSE;

/** Where a response stands, stored as text in {@code response.status}. */
enum ResponseStatus {
    /** Started and saved as the person goes; only they can reach it, through their keyed link. */
    DRAFT("draft"),
    /** Final: it never changes again. */
    SUBMITTED("submitted");

    private static final Converter<String, ResponseStatus> CONVERTER =
            new EnumConverter<>(String.class, ResponseStatus.class, ResponseStatus::stored);

    /** {@code response.status}, read and written as this enum. */
    static final Field<ResponseStatus> FIELD = RESPONSE.STATUS.convert(CONVERTER);

    private final String stored;

    ResponseStatus(String stored) {
        this.stored = stored;
    }

    String stored() {
        return stored;
    }
}
