package org.lantern.training;

import org.lantern.base.content.ContentCatalogue;

/** Lets tests in other packages (the content fuzzer) load modules exactly as the app does. */
public final class TrainingContentAccess {

    private TrainingContentAccess() {
    }

    public static ContentCatalogue newModuleCatalogue() {
        return new ModuleCatalogue();
    }
}
