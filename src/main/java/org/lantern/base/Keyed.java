package org.lantern.base;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum known outside Java by a short text key: stored in the database, written in content files,
 * the API or a URL. By default the key is the constant's name in lower case ({@code IN_PROGRESS} is
 * {@code in_progress}), the convention {@link org.lantern.base.database.StoredEnums} stores; an enum
 * with other keys overrides {@link #key()}. One lookup serves them all.
 */
public interface Keyed {

    /** The constant's name; every enum has it. */
    String name();

    /** The text that stands for this value outside Java, e.g. {@code staff}. */
    default String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value whose key is exactly {@code key}, if there is one. */
    static <E extends Enum<E> & Keyed> Optional<E> fromKey(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.key().equals(key)).findFirst();
    }

    /** The value whose key is {@code key} in any case, e.g. {@code PDF} for {@code pdf}. */
    static <E extends Enum<E> & Keyed> Optional<E> fromKeyIgnoringCase(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.key().equalsIgnoreCase(key)).findFirst();
    }
}
