package org.lantern.base.ui;

import java.util.Set;

/**
 * One group of the side navigation, contributed by a feature as a Spring bean from its own {@code ui}
 * package. A menu entry (a view's {@code @Menu}) joins the group whose route prefixes hold the first
 * segment of its route (e.g. {@code stories/mine} joins the group with {@code stories}); entries no group
 * claims stay at the top, with Home. Features that share a label (two features' pages under "Sessions")
 * form one group, placed by the lowest order.
 *
 * @param label         the heading shown above the group's entries
 * @param order         where the group comes in the drawer, lowest first
 * @param routePrefixes first route segments of the views in the group
 */
public record MenuGroup(String label, int order, Set<String> routePrefixes) {

    public MenuGroup {
        routePrefixes = Set.copyOf(routePrefixes);
    }
}
