package org.lantern.base.security;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.lantern.base.Keyed;

import java.util.Optional;

/**
 * What a person may do in Lantern. A person can hold several roles. The {@link #key()} (e.g.
 * {@code staff}) is stored in the database and shown in the API.
 */
@RequiredArgsConstructor
@Getter
public enum Role implements Keyed {
    STAFF("Staff member", "Takes training, writes in a private journal, answers surveys, shares stories."),
    MANAGER("Team manager", "Leads reflective sessions for their teams and follows up agreed actions."),
    EVALUATOR("Programme evaluator", "Runs before/after surveys and reads aggregate evaluation reports."),
    EDITOR("Editor", "Looks after training content and moderates practice stories."),
    ADMIN("Administrator", "Manages accounts, teams and the running system.");

    /** Spring Security role names, for {@code @RolesAllowed} and {@code hasRole}. */
    public static final String STAFF_ROLE = "STAFF";
    public static final String MANAGER_ROLE = "MANAGER";
    public static final String EVALUATOR_ROLE = "EVALUATOR";
    public static final String EDITOR_ROLE = "EDITOR";
    public static final String ADMIN_ROLE = "ADMIN";

    private final String label;
    private final String description;

    /** The granted authority, e.g. {@code ROLE_STAFF}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role whose key is {@code key} in any case and with spaces around it, e.g. {@code " Staff"}. */
    public static Optional<Role> fromKey(String key) {
        return Keyed.fromKeyIgnoringCase(Role.class, key.trim());
    }
}
