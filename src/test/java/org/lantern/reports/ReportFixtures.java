package org.lantern.reports;

import org.lantern.base.security.Account;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseImport;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Test programmes with teams of chosen sizes, answered "on paper" (imported), with answers that vary
 * from person to person as real ones do, so that what is hidden is hidden for size, not because
 * everyone answered alike.
 */
final class ReportFixtures {

    static final LocalDate START = LocalDate.now().minusDays(300);

    private ReportFixtures() {
    }

    /**
     * Creates a finished programme whose teams have {@code sizes[t]} participants who answered both
     * waves (codes {@code <key>-<team>-<person>}), every one of them writing a comment after; answers
     * tend to rise, most on hope.
     */
    static void programme(Account evaluator, Programmes programmes, ResponseImport responseImport, String key, List<String> teams, int[] sizes, long seed) {
        SurveyDefinition survey = programmes.survey("recovery-knowledge").orElseThrow();
        programmes.createProgramme(evaluator, new NewProgramme(key, "Report test " + key, survey.key(), teams, List.of(
                new NewProgramme.NewWave("before", START, START.plusDays(20)),
                new NewProgramme.NewWave("after", START.plusDays(150), START.plusDays(170)))));
        importAnswers(evaluator, programmes, responseImport, key, teams, sizes, seed, List.of("before", "after"), "");
    }

    /** Creates the programme and releases it as the demo evaluator. */
    static void released(Account evaluator, Programmes programmes, ResponseImport responseImport, ReleaseService releases, String key, List<String> teams, int[] sizes, long seed) {
        programme(evaluator, programmes, responseImport, key, teams, sizes, seed);
        releases.release(evaluator, key, null, null, Set.of(), null);
    }

    /**
     * Imports answers for {@code sizes[t]} people per team in the given waves; {@code codePrefix}
     * keeps later imports' people apart from earlier ones, and when null the rows have no participant
     * code (unlinked paper forms: each row someone of its own).
     */
    static void importAnswers(Account evaluator, Programmes programmes, ResponseImport responseImport, String key, List<String> teams, int[] sizes, long seed, List<String> waves,
                              @org.jspecify.annotations.Nullable String codePrefix) {
        SurveyDefinition survey = programmes.survey("recovery-knowledge").orElseThrow();
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("participant,team,wave");
        survey.items().forEach(i -> csv.append(',').append(i.key()));
        csv.append('\n');
        for (int t = 0; t < teams.size(); t++) {
            for (int p = 0; p < sizes[t]; p++) {
                double knowledge = random.nextGaussian() * 0.8;
                int[] before = new int[survey.items().size()];
                for (String wave : waves) {
                    boolean after = wave.equals("after");
                    if (codePrefix != null) {
                        csv.append(key).append('-').append(codePrefix).append(t).append('-').append(p);
                    }
                    csv.append(',').append(quote(teams.get(t))).append(',').append(wave);
                    for (int i = 0; i < survey.items().size(); i++) {
                        SurveyDefinition.Item item = survey.items().get(i);
                        csv.append(',');
                        switch (item.type()) {
                            case LIKERT -> {
                                int score = after
                                        ? clip(before[i] + (item.theme().equals("hope") ? 1 : 0) + random.nextInt(3) - 1)
                                        : clip((int) Math.round(3 + knowledge + random.nextGaussian() * 0.9));
                                before[i] = after ? before[i] : score;
                                csv.append(item.reverse() ? 6 - score : score);
                            }
                            case CHOICE -> csv.append(quote(random.nextDouble() < (after ? 0.75 : 0.5) ? item.answer()
                                    : item.options().stream().filter(o -> !o.equals(item.answer())).findFirst().orElseThrow()));
                            case TEXT -> csv.append(after && item.key().equals("comments")
                                    ? quote("Comment from " + teams.get(t) + " number " + (codePrefix == null ? "paper " : codePrefix) + p) : "");
                        }
                    }
                    csv.append('\n');
                }
            }
        }
        var result = responseImport.importCsv(evaluator, key, new StringReader(csv.toString()), false, n -> { });
        if (!result.rejected().isEmpty()) {
            throw new IllegalStateException("fixture rejected: " + result.rejected());
        }
    }

    private static int clip(int score) {
        return Math.max(1, Math.min(5, score));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
