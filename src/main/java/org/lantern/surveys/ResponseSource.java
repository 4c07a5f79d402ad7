package org.lantern.surveys;

import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.impl.EnumConverter;

import static org.lantern.db.Tables.RESPONSE;

/** Where a response came from, stored as text in {@code response.source}. */
enum ResponseSource {
    /** Answered in Lantern. */
    APP("app"),
    /** Imported from a CSV file (for example paper forms); such a response points to its import record. */
    IMPORT("import");

    private static final Converter<String, ResponseSource> CONVERTER =
            new EnumConverter<>(String.class, ResponseSource.class, ResponseSource::stored);

    /** {@code response.source}, read and written as this enum. */
    static final Field<ResponseSource> FIELD = RESPONSE.SOURCE.convert(CONVERTER);

    private final String stored;

    ResponseSource(String stored) {
        this.stored = stored;
    }

    String stored() {
        return stored;
    }
}
