package org.lantern.base.ui;

import java.util.Arrays;
import java.util.List;

/**
 * The groups of the side navigation, by what a person can do. A view joins a group through the
 * first segment of its route (e.g. {@code stories/...} belongs to Stories).
 */
enum NavGroup {
    HOME("", List.of("")),
    LEARN("Learn", List.of("learn", "journal", "tools", "certificates")),
    STORIES("Stories", List.of("stories", "moderation")),
    SURVEYS("Surveys", List.of("surveys", "programmes")),
    SESSIONS("Sessions", List.of("sessions", "actions", "self-review", "team")),
    REPORTS("Reports", List.of("reports")),
    ADMIN("Admin", List.of("admin")),
    ACCOUNT("My account", List.of("account"));

    private final String label;
    private final List<String> prefixes;

    NavGroup(String label, List<String> prefixes) {
        this.label = label;
        this.prefixes = prefixes;
    }

    String label() {
        return label;
    }

    static NavGroup of(String path) {
        String clean = path.startsWith("/") ? path.substring(1) : path;
        String first = clean.contains("/") ? clean.substring(0, clean.indexOf('/')) : clean;
        return Arrays.stream(values()).filter(g -> g.prefixes.contains(first)).findFirst().orElse(HOME);
    }
}
