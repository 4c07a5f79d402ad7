package org.lantern.base.content;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The live items of a catalogue of content files, by key, for catalogues that read one item per file
 * (or folder). A reload reads every item again; an item that cannot be read is reported and its last
 * valid version stays live, so one editor's typo never takes a survey or module away from people
 * using it. The new set is swapped in as one piece when the reload finishes: readers never see half
 * a reload.
 *
 * @param <T> the item, e.g. a survey definition
 */
public final class LastValidContent<T> {

    private volatile Map<String, T> live = Map.of();

    /**
     * Starts a reload. {@code keptNote}, when given, is reported at an item's path whenever its last
     * valid version is kept, e.g. "Still using the last valid version of this survey."
     */
    public Reload reload(ContentProblems problems, @Nullable String keptNote) {
        return new Reload(problems, keptNote);
    }

    /**
     * Reloads with one item per file, keyed by the file's name without {@code suffix}: each file is
     * read by {@code reader}, and a file it cannot read keeps its item's last valid version (see
     * {@link Reload#read}).
     */
    public void reloadEach(List<ContentFile> files, String suffix, ContentProblems problems, @Nullable String keptNote,
                           Function<ContentFile, T> reader) {
        Reload reload = reload(problems, keptNote);
        for (ContentFile file : files) {
            String name = file.name();
            String key = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
            reload.read(key, file.path(), () -> reader.apply(file));
        }
        reload.finish();
    }

    /** The live item with this key. */
    public Optional<T> get(String key) {
        return Optional.ofNullable(live.get(key));
    }

    /** The live items, in the order the last reload read them. */
    public List<T> all() {
        return List.copyOf(live.values());
    }

    /** How many items are live. */
    public int size() {
        return live.size();
    }

    /** One reload in progress; nothing is live until {@link #finish()}. */
    public final class Reload {

        private final Map<String, T> previous = live;
        private final Map<String, T> next = new LinkedHashMap<>();
        private final ContentProblems problems;
        private final @Nullable String keptNote;

        private Reload(ContentProblems problems, @Nullable String keptNote) {
            this.problems = problems;
            this.keptNote = keptNote;
        }

        /**
         * Reads the item {@code key} from the file at {@code path}. When {@code reader} throws a
         * {@link ContentException}, it is reported at {@code path} and the item's last valid version
         * stays live.
         *
         * @return the item read, or null when it could not be read (its last valid version, if any, is kept)
         */
        public @Nullable T read(String key, String path, Supplier<T> reader) {
            T item;
            try {
                item = reader.get();
            } catch (ContentException e) {
                problems.add(e.in(path));
                keepLastValid(key, path);
                return null;
            }
            next.put(key, item);
            return item;
        }

        /** The item {@code key}, read by the catalogue itself (e.g. from several files). */
        public void put(String key, T item) {
            next.put(key, item);
        }

        /**
         * The item {@code key} could not be read (its problems are reported already): its last valid
         * version, if any, stays live.
         */
        public void keepLastValid(String key, String path) {
            T last = previous.get(key);
            if (last != null) {
                next.put(key, last);
                if (keptNote != null) {
                    problems.add(path, 0, keptNote);
                }
            }
        }

        /** Makes the items read (and kept) live, in the order they were read. */
        public void finish() {
            live = Collections.unmodifiableMap(new LinkedHashMap<>(next));
        }
    }
}
