package org.lantern.reports;

import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.SurveyService;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Test programmes with teams of chosen sizes, answered "on paper" (imported), so suppression can be seen. */
final class ReportFixtures {

    static final LocalDate START = LocalDate.now().minusDays(300);

    private ReportFixtures() {
    }

    /**
     * Creates a finished programme whose teams have {@code sizes[t]} participants who answered both
     * waves; every participant gains one point on hope-1 and writes a comment after.
     */
    static void programme(SurveyService surveys, String key, List<String> teams, int[] sizes, long seed) {
        SurveyDefinition survey = surveys.survey("recovery-knowledge").orElseThrow();
        surveys.createProgramme("evaluator", new NewProgramme(key, "Report test " + key, survey.key(), teams, List.of(
                new NewProgramme.NewWave("before", START, START.plusDays(20)),
                new NewProgramme.NewWave("after", START.plusDays(150), START.plusDays(170)))));
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("participant,team,wave");
        survey.items().forEach(i -> csv.append(',').append(i.key()));
        csv.append('\n');
        for (int t = 0; t < teams.size(); t++) {
            for (int p = 0; p < sizes[t]; p++) {
                int base = 2 + random.nextInt(2);
                for (String wave : List.of("before", "after")) {
                    csv.append(key).append('-').append(t).append('-').append(p).append(',').append(quote(teams.get(t)))
                            .append(',').append(wave);
                    for (SurveyDefinition.Item item : survey.items()) {
                        csv.append(',');
                        switch (item.type()) {
                            case LIKERT -> {
                                int score = Math.min(5, base + (wave.equals("after") && item.key().equals("hope-1") ? 1 : 0)
                                        + (item.key().startsWith("goals") ? random.nextInt(2) : 0));
                                csv.append(item.reverse() ? 6 - score : score);
                            }
                            case CHOICE -> csv.append(quote(wave.equals("after") || p % 2 == 0 ? item.answer()
                                    : item.options().stream().filter(o -> !o.equals(item.answer())).findFirst().orElseThrow()));
                            case TEXT -> csv.append(wave.equals("after") && item.key().equals("comments")
                                    ? quote("Comment from " + teams.get(t) + " number " + p) : "");
                        }
                    }
                    csv.append('\n');
                }
            }
        }
        var result = surveys.importCsv("evaluator", key, new StringReader(csv.toString()), false, n -> { });
        if (!result.rejected().isEmpty()) {
            throw new IllegalStateException("fixture rejected: " + result.rejected());
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
