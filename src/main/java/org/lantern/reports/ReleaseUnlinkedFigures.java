package org.lantern.reports;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ReleasePopulations.Family;
import org.lantern.reports.ReleasePopulations.View;
import org.lantern.reports.stats.IndependentSamples;
import org.lantern.surveys.SurveyDefinition.Item;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Works out a release's {@link UnlinkedFigures} for a group, from the populations {@link ReleaseUnlinked} puts to
 * the audit: a theme's comparison is shown only when both "everyone including unlinked" cells (before and after)
 * are; the counts of unlinked responses only when "everyone" is shown as well at that wave, so that each is the
 * difference of two shown figures the audit already allowed.
 */
@RequiredArgsConstructor
final class ReleaseUnlinkedFigures {

    private final ReleasePopulations pop;
    private final Map<String, Hidden> hidden;

    /** The group's comparison (0 = all teams, t + 1 = team t), or null when the release's waves hold no unlinked responses. */
    @Nullable UnlinkedFigures unlinked(int s) {
        ReleaseUnlinked unlinked = new ReleaseUnlinked(pop);
        View view = pop.fresh();
        if (!unlinked.shows(view)) {
            return null;
        }
        List<UnlinkedFigures.Row> themes = new ArrayList<>();
        List<UnlinkedFigures.Row> items = new ArrayList<>();
        for (Family f : pop.families) {
            Hidden why = first(why(f, ReleaseUnlinked.kind(ReleasePopulations.BEFORE), s),
                    why(f, ReleaseUnlinked.kind(ReleasePopulations.AFTER), s));
            Integer before = why != null || why(f, ReleasePopulations.BEFORE, s) != null ? null : count(unlinked, view.before(), f, s);
            Integer after = why != null || why(f, ReleasePopulations.AFTER, s) != null ? null : count(unlinked, view.after(), f, s);
            if (f.theme() != null) {
                themes.add(new UnlinkedFigures.Row(f.theme().key(), f.theme().title(), null,
                        why != null ? null : IndependentSamples.compare(scores(unlinked, view.before(), f, -1, s),
                                scores(unlinked, view.after(), f, -1, s)), before, after, why));
            }
            for (int i = 0; i < f.items().length; i++) {
                Item item = pop.data.likertItems().get(f.items()[i]);
                items.add(new UnlinkedFigures.Row(item.key(), item.text(), item.theme(),
                        why != null ? null : IndependentSamples.compare(scores(unlinked, view.before(), f, i, s),
                                scores(unlinked, view.after(), f, i, s)), before, after, why));
            }
        }
        return new UnlinkedFigures(List.copyOf(themes), List.copyOf(items));
    }

    private @Nullable Hidden why(Family f, String kind, int s) {
        return hidden.get(f.id() + "|" + kind + "|" + pop.scope(s));
    }

    private static @Nullable Hidden first(@Nullable Hidden a, @Nullable Hidden b) {
        return a != null ? a : b;
    }

    private boolean inScope(int team, int s) {
        return s == 0 || team == s - 1;
    }

    /** How many unlinked responses of the group answered the whole family at the wave. */
    private int count(ReleaseUnlinked unlinked, int w, Family f, int s) {
        int count = 0;
        for (int r = 0; r < unlinked.size(); r++) {
            if (inScope(unlinked.team(r), s) && unlinked.in(pop.fresh(), w, r) && unlinked.complete(r, f)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Everyone's scores at the wave, unlinked responses included: the family's score ({@code item} −1) or one of its
     * questions, over the people and responses that answered the whole family.
     */
    private double[] scores(ReleaseUnlinked unlinked, int w, Family f, int item, int s) {
        double[] values = new double[pop.n + unlinked.size()];
        int m = 0;
        boolean[] complete = pop.complete(w, f);
        for (int p : pop.people(s)) {
            if (complete[p] && pop.in(pop.fresh(), w, p)) {
                values[m++] = item < 0 ? (double) pop.sum(w, f, p) / f.items().length : pop.answer(w, f, item, p);
            }
        }
        for (int r = 0; r < unlinked.size(); r++) {
            if (inScope(unlinked.team(r), s) && unlinked.in(pop.fresh(), w, r) && unlinked.complete(r, f)) {
                values[m++] = item < 0 ? (double) unlinked.sum(r, f) / f.items().length : unlinked.answer(r, f, item);
            }
        }
        return Arrays.copyOf(values, m);
    }
}
