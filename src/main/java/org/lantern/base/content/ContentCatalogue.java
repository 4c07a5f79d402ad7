package org.lantern.base.content;

/**
 * One kind of authored content (modules, stories, surveys...). Each feature provides its catalogue
 * as a Spring bean; {@link ContentService} loads them all at start and on "reload content".
 */
public interface ContentCatalogue {

    /** A plain name for editors, e.g. "Training modules". */
    String title();

    /**
     * Reads this catalogue's files and swaps in the new items. A file with problems is reported and
     * skipped; if an earlier load had a valid version of it, that version stays live.
     */
    void load(ContentFiles files, ContentProblems problems);

    /** How many items are live now. */
    int size();
}
