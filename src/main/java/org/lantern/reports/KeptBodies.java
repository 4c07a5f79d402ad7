package org.lantern.reports;

import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What was written from releases (exported files, the JSON API's body), kept as written: a release never changes, so
 * the same report of it in the same form writes the same bytes. A report is the same when it is of the same release,
 * pair of waves, team, reader's view (managers get the release's counts without totals) and locked analysis plan; the
 * newest {@value #KEPT} are kept.
 */
final class KeptBodies {

    private static final int KEPT = 64;

    /** Everything a report of a release is made from, apart from the release's stored figures. */
    private record Key(long programmeId, long beforeId, long afterId, @Nullable String team, ReleaseInfo release,
                       @Nullable AnalysisPlan plan, String form) {
    }

    private final Map<Key, byte[]> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    /** The report written in the form named, by {@code write} the first time; a copy, so callers cannot change what is kept. */
    byte[] get(Report report, String form, Supplier<byte[]> write) {
        Key key = new Key(report.programme().id(), report.before().id(), report.after().id(), report.team(), report.release(),
                report.plan(), form);
        byte[] body;
        synchronized (kept) {
            body = kept.get(key);
        }
        if (body == null) {
            body = write.get();
            synchronized (kept) {
                kept.put(key, body);
            }
        }
        return body.clone();
    }

    void clear() {
        synchronized (kept) {
            kept.clear();
        }
    }
}
