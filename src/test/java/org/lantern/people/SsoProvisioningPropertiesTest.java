package org.lantern.people;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The claim mapping is checked when Lantern starts: administrator rights can never be mapped from a claim. */
class SsoProvisioningPropertiesTest {

    private static SsoProvisioningProperties withRoles(Map<String, String> roles) {
        return new SsoProvisioningProperties(true, "preferred_username", "groups", "roles", Map.of(), Map.of(), roles,
                SsoProvisioningProperties.Unmapped.STAFF, null);
    }

    @Test
    void mappingAClaimToAdministratorStopsLanternStarting() {
        assertThatThrownBy(() -> withRoles(Map.of("it-admins", "admin")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'it-admins' to admin: single sign-on never gives administrator rights");
        assertThatThrownBy(() -> withRoles(Map.of("it-admins", " Admin ")))
                .hasMessageContaining("never gives administrator rights");
    }

    @Test
    void anUnknownRoleIsNamed() {
        assertThatThrownBy(() -> withRoles(Map.of("nurses", "nurse"))).hasMessageContaining("'nurse', which is not a role");
    }

    @Test
    void claimValuesMatchIgnoringCase() {
        SsoProvisioningProperties rules = withRoles(Map.of("Ward-Leads", "Manager"));
        assertThat(rules.role("WARD-leads")).isEqualTo(org.lantern.base.security.Role.MANAGER);
        assertThat(rules.role("ward-staff")).isNull();
    }
}
