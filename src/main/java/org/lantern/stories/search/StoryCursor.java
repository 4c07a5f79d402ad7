package org.lantern.stories.search;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.apache.lucene.search.FieldDoc;

/** Where the previous page ended, for the next page ({@code searchAfter}). Opaque to callers. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class StoryCursor {

    final FieldDoc last;
    /** How many hits the pages up to here held. */
    final long seen;

}
