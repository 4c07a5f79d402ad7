package org.lantern.base.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The side navigation's groups as the features contributed them: which group a route belongs to, in order. */
final class Navigation {

    /** The group of entries no feature claims (Home): no heading. */
    static final String TOP = "";

    private final Map<String, String> labelByPrefix = new LinkedHashMap<>();
    private final List<String> labels;

    Navigation(List<MenuGroup> groups) {
        Map<String, Integer> orderByLabel = new LinkedHashMap<>();
        for (MenuGroup group : groups) {
            orderByLabel.merge(group.label(), group.order(), Math::min);
            for (String prefix : group.routePrefixes()) {
                String before = labelByPrefix.putIfAbsent(prefix, group.label());
                if (before != null && !before.equals(group.label())) {
                    throw new IllegalStateException("Two menu groups claim the route prefix '" + prefix + "': "
                            + before + " and " + group.label());
                }
            }
        }
        labels = orderByLabel.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(Map.Entry::getKey).toList();
    }

    /** The label of the group a route belongs to, {@link #TOP} when no group claims its first segment. */
    String groupOf(String path) {
        String clean = path.startsWith("/") ? path.substring(1) : path;
        String first = clean.contains("/") ? clean.substring(0, clean.indexOf('/')) : clean;
        return Optional.ofNullable(labelByPrefix.get(first)).orElse(TOP);
    }

    /** The position of a group in the drawer: the top group first, then by order. */
    int position(String label) {
        return label.equals(TOP) ? -1 : labels.indexOf(label);
    }
}
