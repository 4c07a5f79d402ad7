package org.lantern.base.database;

import org.jooq.Converter;

import java.util.Locale;

/**
 * How Lantern stores an enum in a text column: its name in lower case ({@code IN_PROGRESS} is
 * {@code in_progress}), the one convention every feature's statuses, origins and kinds follow. The
 * repositories read and write such a column as the enum through {@code field.convert(lowerCaseNames(X.class))},
 * so no view or service ever compares a status as a string.
 */
public final class StoredEnums {

    private StoredEnums() {
    }

    /** A jOOQ converter between the stored lower-case name and the enum; null stays null. */
    public static <E extends Enum<E>> Converter<String, E> lowerCaseNames(Class<E> type) {
        return Converter.ofNullable(String.class, type, text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT)),
                value -> value.name().toLowerCase(Locale.ROOT));
    }
}
