package org.lantern.base.ui;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NavigationTest {

    private final Navigation navigation = new Navigation(List.of(
            new MenuGroup("Reports", 50, Set.of("reports")),
            new MenuGroup("Sessions", 40, Set.of("sessions")),
            new MenuGroup("Sessions", 45, Set.of("self-review"))));

    @Test
    void aRouteJoinsTheGroupOfItsFirstSegment() {
        assertThat(navigation.groupOf("sessions/12")).isEqualTo("Sessions");
        assertThat(navigation.groupOf("/self-review")).isEqualTo("Sessions");
        assertThat(navigation.groupOf("reports/evaluation")).isEqualTo("Reports");
    }

    @Test
    void routesNoGroupClaimsStayAtTheTop() {
        assertThat(navigation.groupOf("")).isEqualTo(Navigation.TOP);
        assertThat(navigation.groupOf("reportsx")).isEqualTo(Navigation.TOP);
        assertThat(navigation.position(Navigation.TOP)).isLessThan(navigation.position("Sessions"));
    }

    @Test
    void groupsSharingALabelAreOneGroupPlacedByTheirLowestOrder() {
        assertThat(navigation.position("Sessions")).isLessThan(navigation.position("Reports"));
    }

    @Test
    void twoGroupsCannotClaimTheSamePrefix() {
        assertThatThrownBy(() -> new Navigation(List.of(new MenuGroup("A", 1, Set.of("x")), new MenuGroup("B", 2, Set.of("x")))))
                .isInstanceOf(IllegalStateException.class);
    }
}
