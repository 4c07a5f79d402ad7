package org.lantern.selfreview;

import org.lantern.base.content.ContentCatalogue;

/** Lets tests in other packages (the content fuzzer) load the self-review framework exactly as the app does. */
public final class SelfReviewContentAccess {

    private SelfReviewContentAccess() {
    }

    public static ContentCatalogue newSelfReviewContent() {
        return new SelfReviewContent();
    }
}
