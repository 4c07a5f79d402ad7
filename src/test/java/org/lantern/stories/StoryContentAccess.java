package org.lantern.stories;

import org.lantern.base.content.ContentFile;

/**
 * Lets tests in other packages (the content fuzzer) parse story files exactly as the app does.
 * (The story catalogue itself writes to the database; its keep-the-last-good-version rule is
 * tested in {@code StoryCatalogueTest}.)
 */
public final class StoryContentAccess {

    private StoryContentAccess() {
    }

    /** @throws org.lantern.base.content.ContentException when the file is not a valid story */
    public static String parse(ContentFile file) {
        return StoryParser.parse(file).slug();
    }
}
