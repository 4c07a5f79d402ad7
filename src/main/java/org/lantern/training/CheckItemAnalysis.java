package org.lantern.training;

import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classical item analysis of a module's knowledge-check bank. Attempts store the chosen options by their
 * authored indexes ({@link CheckDraw}: the shuffle only changes what is shown), so an index here is the
 * option as written in the module. Each attempt asks only some of the bank, so a question's discrimination
 * correlates answering it right with the share right of the <em>other</em> questions that attempt asked
 * (a share, not a count, because draws differ; the question itself left out, so it does not correlate with itself).
 * Questions no longer in the bank are left out; answers to options since removed count for no option.
 */
final class CheckItemAnalysis {

    private CheckItemAnalysis() {
    }

    /** @param attempts one attempt per person: chosen authored option indexes per asked question key */
    static CheckQuestionFigures analyse(TrainingModule module, List<Map<String, Set<Integer>>> attempts) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        module.check().questions().forEach(q -> tallies.put(q.key(), new Tally(q)));
        for (Map<String, Set<Integer>> attempt : attempts) {
            List<Tally> asked = attempt.keySet().stream().filter(tallies::containsKey).map(tallies::get).toList();
            int right = 0;
            for (Tally t : asked) {
                right += t.isRight(attempt.get(t.question.key())) ? 1 : 0;
            }
            for (Tally t : asked) {
                Set<Integer> chosen = attempt.get(t.question.key());
                t.add(chosen, asked.size() < 2 ? null : (right - (t.isRight(chosen) ? 1.0 : 0.0)) / (asked.size() - 1));
            }
        }
        return new CheckQuestionFigures(module.key(), module.title(), attempts.size(),
                tallies.values().stream().map(Tally::figures).toList());
    }

    /** What the attempts that asked one question did with it. */
    private static final class Tally {

        private final TrainingModule.Question question;
        private final int[] chosenBy;
        private final List<Double> right = new ArrayList<>();
        private final List<Double> restShare = new ArrayList<>();
        private int drawnBy;
        private int rightCount;

        Tally(TrainingModule.Question question) {
            this.question = question;
            this.chosenBy = new int[question.options().size()];
        }

        boolean isRight(Set<Integer> chosen) {
            return chosen.equals(question.correctOptions());
        }

        void add(Set<Integer> chosen, @Nullable Double rest) {
            drawnBy++;
            boolean isRight = isRight(chosen);
            rightCount += isRight ? 1 : 0;
            chosen.stream().filter(i -> i >= 0 && i < chosenBy.length).forEach(i -> chosenBy[i]++);
            if (rest != null) {
                right.add(isRight ? 1.0 : 0.0);
                restShare.add(rest);
            }
        }

        CheckQuestionFigures.Question figures() {
            List<TrainingModule.Option> authored = question.options();
            if (drawnBy < CheckQuestionFigures.MINIMUM_PEOPLE) {
                return new CheckQuestionFigures.Question(question.key(), question.text(), drawnBy, null, null,
                        authored.stream().map(o -> new CheckQuestionFigures.OptionShare(o.text(), o.correct(), null)).toList(),
                        List.of(), "Asked of " + drawnBy + (drawnBy == 1 ? " person" : " people") + " so far: figures are shown once "
                        + CheckQuestionFigures.MINIMUM_PEOPLE + " different people have been asked it.");
            }
            double difficulty = (double) rightCount / drawnBy;
            Double discrimination = correlation();
            List<CheckQuestionFigures.OptionShare> options = new ArrayList<>();
            for (int i = 0; i < authored.size(); i++) {
                options.add(new CheckQuestionFigures.OptionShare(authored.get(i).text(), authored.get(i).correct(),
                        (double) chosenBy[i] / drawnBy));
            }
            return new CheckQuestionFigures.Question(question.key(), question.text(), drawnBy, difficulty, discrimination,
                    List.copyOf(options), QuestionFlag.of(difficulty, discrimination), discrimination == null
                    ? "Discrimination cannot be worked out: everyone asked it got the same result, or did equally well on the rest."
                    : "");
        }

        /** Pearson's r of right/wrong with the rest score (the point-biserial correlation); null when either is constant. */
        private @Nullable Double correlation() {
            if (right.size() < 3) {
                return null;
            }
            double r = new PearsonsCorrelation().correlation(unbox(right), unbox(restShare));
            return Double.isNaN(r) ? null : r;
        }

        private static double[] unbox(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
