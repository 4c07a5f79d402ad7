package org.lantern.stories.search;

import org.apache.lucene.search.FieldDoc;

/** Where the previous page ended, for the next page ({@code searchAfter}). Opaque to callers. */
public final class StoryCursor {

    final FieldDoc last;
    /** How many hits the pages up to here held. */
    final long seen;

    StoryCursor(FieldDoc last, long seen) {
        this.last = last;
        this.seen = seen;
    }
}
