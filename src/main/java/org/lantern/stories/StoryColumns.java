package org.lantern.stories;

import org.jooq.Converter;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import static org.lantern.db.Tables.STORY;
import static org.lantern.base.database.StoredEnums.lowerCaseNames;

/**
 * The story table's text columns as the types they hold, through ad-hoc jOOQ converters: the
 * generated classes stay plain (other code reading the table is unaffected), and the repository
 * reads and writes enums, never their spelling in the database.
 */
final class StoryColumns {

    static final Field<StoryStatus> STATUS = STORY.STATUS.convert(lowerCaseNames(StoryStatus.class));
    static final Field<PracticeStory.Source> SOURCE = STORY.SOURCE.convert(lowerCaseNames(PracticeStory.Source.class));
    static final Field<StoryConsent> CONSENT = STORY.CONSENT.convert(lowerCaseNames(StoryConsent.class));
    static final Field<Set<Audience>> AUDIENCES = STORY.AUDIENCES.convert(audiences());

    private StoryColumns() {
    }


    /** Audiences as a sorted array of keys; keys this version does not know are left out when read. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Converter<String[], Set<Audience>> audiences() {
        Class<Set<Audience>> type = (Class) Set.class;
        return Converter.ofNullable(String[].class, type, keys -> {
            Set<Audience> audiences = EnumSet.noneOf(Audience.class);
            for (String key : keys) {
                Audience.fromKey(key).ifPresent(audiences::add);
            }
            return Set.copyOf(audiences);
        }, audiences -> audiences.stream().map(Audience::key).sorted().toArray(String[]::new));
    }

    /** A timestamp column read as an instant. */
    static Field<@Nullable Instant> instant(Field<OffsetDateTime> column) {
        return column.convertFrom(Instant.class, time -> time == null ? null : time.toInstant());
    }
}
