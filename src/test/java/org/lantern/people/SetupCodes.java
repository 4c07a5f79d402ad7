package org.lantern.people;

/** For browserless UI tests in other packages: a new setup code, as the log would show it. */
public final class SetupCodes {

    private SetupCodes() {
    }

    public static String issue(SetupService setup) {
        return setup.issue();
    }
}
