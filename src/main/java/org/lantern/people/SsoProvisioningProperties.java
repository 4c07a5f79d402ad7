package org.lantern.people;

import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Single sign-on provisioning (prefix {@code lantern.sso.provisioning}; README "Single sign-on
 * provisioning"): whether organisation sign-in creates the account of a person it does not know yet, and
 * how the identity provider's claims map to Lantern's teams and roles. Claim values are matched ignoring case.
 *
 * @param enabled       create accounts on first sign-in (off by default: then only linked identities sign in)
 * @param usernameClaim the claim the new account's user name comes from (the part before any {@code @})
 * @param teamsClaim    the claim listing the person's groups that {@code teams} and {@code manages} map
 * @param rolesClaim    the claim listing the values {@code roles} maps (may be the same claim as {@code teamsClaim})
 * @param teams         claim value to the name of the team the person joins (created when Lantern has no such team)
 * @param manages       claim value to the name of a team the person manages (with the manager role, they lead it)
 * @param roles         claim value to a role: staff, manager, editor or evaluator; never admin
 * @param unmapped      what happens to a person none of whose claim values is mapped
 * @param scimIdClaim   when set (e.g. {@code oid} for Entra ID), an identity linked to no account is linked to the
 *                      account whose SCIM externalId is this claim's value, so accounts an identity platform pushed
 *                      over SCIM open through organisation sign-in without linking each by hand; never an
 *                      administrator's account. Works whether or not {@code enabled} is on
 */
@ConfigurationProperties("lantern.sso.provisioning")
public record SsoProvisioningProperties(@DefaultValue("false") boolean enabled,
                                        @DefaultValue("preferred_username") String usernameClaim,
                                        @DefaultValue("groups") String teamsClaim,
                                        @DefaultValue("roles") String rolesClaim,
                                        Map<String, String> teams,
                                        Map<String, String> manages,
                                        Map<String, String> roles,
                                        @DefaultValue("staff") Unmapped unmapped,
                                        @Nullable String scimIdClaim) {

    /** What to do with a person whose claims name no mapped team, managed team or role. */
    public enum Unmapped {
        /** create (and keep) the account as a staff member in no team */
        STAFF,
        /** refuse the sign-in: only people in a mapped group may use Lantern */
        REFUSE
    }

    /** Off, with nothing mapped: the default. */
    public static final SsoProvisioningProperties OFF = new SsoProvisioningProperties(false, "preferred_username", "groups",
            "roles", Map.of(), Map.of(), Map.of(), Unmapped.STAFF, null);

    /** @throws IllegalArgumentException when a role is unknown or is admin: Lantern does not start then */
    public SsoProvisioningProperties {
        scimIdClaim = scimIdClaim == null || scimIdClaim.isBlank() ? null : scimIdClaim.strip();
        teams = lowerCaseKeys(teams);
        manages = lowerCaseKeys(manages);
        roles = lowerCaseKeys(roles);
        for (var entry : roles.entrySet()) {
            Role role = Role.fromKey(entry.getValue()).orElseThrow(() -> new IllegalArgumentException(
                    "lantern.sso.provisioning.roles maps '" + entry.getKey() + "' to '" + entry.getValue()
                            + "', which is not a role: use staff, manager, editor or evaluator."));
            if (role == Role.ADMIN) {
                throw new IllegalArgumentException("lantern.sso.provisioning.roles maps '" + entry.getKey()
                        + "' to admin: single sign-on never gives administrator rights. Remove that line and make "
                        + "administrators on People and teams.");
            }
        }
        for (var entry : teams.entrySet()) {
            requireTeamName("teams", entry);
        }
        for (var entry : manages.entrySet()) {
            requireTeamName("manages", entry);
        }
        if (usernameClaim == null || usernameClaim.isBlank() || teamsClaim == null || teamsClaim.isBlank()
                || rolesClaim == null || rolesClaim.isBlank()) {
            throw new IllegalArgumentException("lantern.sso.provisioning.username-claim, teams-claim and roles-claim "
                    + "must name a claim.");
        }
    }

    /** The role a claim value maps to, if any. */
    @Nullable Role role(String claimValue) {
        String key = roles.get(claimValue.toLowerCase(Locale.ROOT));
        return key == null ? null : Role.fromKey(key).orElseThrow();
    }

    private static void requireTeamName(String map, Map.Entry<String, String> entry) {
        if (entry.getValue() == null || entry.getValue().isBlank() || entry.getValue().length() > AccountRules.MAX_NAME) {
            throw new IllegalArgumentException("lantern.sso.provisioning." + map + " maps '" + entry.getKey()
                    + "' to no team name (or one longer than " + AccountRules.MAX_NAME + " characters).");
        }
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> map) {
        Map<String, String> lower = new TreeMap<>();
        if (map != null) {
            map.forEach((k, v) -> lower.put(k.strip().toLowerCase(Locale.ROOT), v == null ? null : v.strip()));
        }
        return java.util.Collections.unmodifiableMap(lower);
    }
}
