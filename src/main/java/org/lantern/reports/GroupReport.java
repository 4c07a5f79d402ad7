package org.lantern.reports;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The figures of one group: the whole programme or one team.
 *
 * @param team the team's name, or null for the whole programme
 */
public record GroupReport(@Nullable String team, ResponseFigures response, List<ThemeFigures> themes,
                          List<ItemFigures> items, List<ChoiceFigures> choices) {

    /** "All teams" or the team's name. */
    public String label() {
        return team == null ? "All teams" : team;
    }

    /** True when the group is too small (or hidden to protect a smaller team) as a whole. */
    public boolean suppressed() {
        return response.matched().suppressed();
    }
}
