package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ReleasePopulations.View;
import org.lantern.surveys.EvaluationData;
import org.lantern.surveys.SurveyDefinition.Item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.lantern.reports.ReleasePopulations.AFTER;
import static org.lantern.reports.ReleasePopulations.BEFORE;

/**
 * What people wrote, as the new release shows it scope by scope (0 = all teams, t + 1 = team t): the
 * answers of groups the rules allow, in random order, without the comments the evaluator removed.
 */
final class ReleaseComments {

    private final ReleasePopulations pop;
    private final EvaluationData data;
    private final View view;
    private final int b;
    private final int a;
    private final Map<String, Hidden> hidden;
    private final Set<ReleaseCalculator.CommentRef> removed;
    private final Random random;

    ReleaseComments(ReleasePopulations pop, Map<String, Hidden> hidden, Set<ReleaseCalculator.CommentRef> removed, Random random) {
        this.pop = pop;
        this.data = pop.data;
        this.view = pop.fresh();
        this.b = view.before();
        this.a = view.after();
        this.hidden = hidden;
        this.removed = removed;
        this.random = random;
    }

    private @Nullable Hidden why(String family, String kind, int s) {
        return hidden.get(family + "|" + kind + "|" + pop.scope(s));
    }

    List<Comments> comments(int s) {
        List<Comments> result = new ArrayList<>();
        for (int x = 0; x < data.textItems().size(); x++) {
            Item item = data.textItems().get(x);
            String id = "text:" + item.key();
            for (int w : List.of(b, a)) {
                String kind = w == b ? BEFORE : AFTER;
                Hidden why = why(id, kind, s);
                EvaluationData.WaveData wave = data.waves().get(w);
                List<Comments.Quote> quotes = new ArrayList<>();
                int written = 0;
                int gone = 0;
                for (EvaluationData.Written answer : wave.written()) {
                    int p = answer.participant();
                    if (answer.item() != x || !pop.in(view, w, p) || (s > 0 && data.team()[p] != s - 1)) {
                        continue;
                    }
                    written++;
                    if (why != null) {
                        continue;
                    }
                    if (removed.contains(new ReleaseCalculator.CommentRef(wave.response()[p], item.key()))) {
                        gone++;
                        continue;
                    }
                    int team = data.team()[p];
                    String teamName = s == 0 && why(id, kind, team + 1) == null ? data.programme().teams().get(team).name() : null;
                    quotes.add(new Comments.Quote(answer.text(), teamName));
                }
                Collections.shuffle(quotes, random);
                result.add(new Comments(item, wave.wave().key(), why == null ? written : null, List.copyOf(quotes), why,
                        why == null ? gone : 0));
            }
        }
        return result;
    }
}
