package org.lantern.surveys;

import lombok.RequiredArgsConstructor;

import org.lantern.base.demo.DemoData;
import org.lantern.base.demo.DemoFeature;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A finished three-wave demo programme: a baseline, the end of the training and a six-month follow-up, across the
 * three demo teams, with made-up paper-style answers (so the evaluation report shows a trend over all waves). Scores
 * rise by the end of the training and keep most of the rise six months on; some people miss a later survey. Its
 * survey has then-test (looking back) versions of the hope and goals questions, answered in the later waves a little
 * below the baseline (people who learnt more judge their past selves more harshly: the response shift).
 */
@DemoFeature(value = "surveys-follow-up", order = 39)
@RequiredArgsConstructor
class DemoFollowUpSurveys implements DemoData {

    /** The demo programme's key; its waves are {@link #WAVES}. */
    static final String PROGRAMME = "recovery-follow-up-2025";
    /** Version 1's questions, with then-test versions of some (falls back to version 1 when the file is not there). */
    static final String SURVEY = "recovery-knowledge-then-test";
    static final List<String> WAVES = List.of("baseline", "end-of-training", "six-month-follow-up");

    private final Programmes programmes;
    private final ResponseImport responseImport;
    private final PeopleService people;

    @Override
    public void seed() {
        SurveyDefinition survey = programmes.survey(SURVEY).or(() -> programmes.survey("recovery-knowledge")).orElse(null);
        if (survey == null) {
            return;
        }
        LocalDate today = programmes.today();
        List<String> teams = DemoSurveys.TEAMS;
        programmes.createProgramme(account(), new NewProgramme(PROGRAMME, "Recovery in practice, with six-month follow-up",
                survey.key(), teams, List.of(
                new NewProgramme.NewWave(WAVES.get(0), today.minusDays(330), today.minusDays(310)),
                new NewProgramme.NewWave(WAVES.get(1), today.minusDays(250), today.minusDays(230)),
                new NewProgramme.NewWave(WAVES.get(2), today.minusDays(70), today.minusDays(40)))));
        responseImport.importCsv(account(), PROGRAMME, new StringReader(answers(survey, teams)), false, n -> { });
    }

    /** Made-up answers: a rise by the end of the training, most of it kept at six months; fewer answer each later wave. */
    static String answers(SurveyDefinition survey, List<String> teams) {
        Random random = new Random(2025);
        Random looking = new Random(1980); // its own draws, so the other answers are those of the survey without then-tests
        StringBuilder csv = DemoSurveys.csvHeader(survey);
        List<SurveyDefinition.Item> thenTest = survey.items().stream().filter(SurveyDefinition.Item::hasThenTest).toList();
        int code = 1;
        double[] gain = {0, 0.8, 0.6};
        double[] answering = {1, 0.85, 0.7};
        for (int t = 0; t < teams.size(); t++) {
            int size = 16 + t * 3;
            for (int p = 0; p < size; p++, code++) {
                double level = random.nextGaussian() * 0.5;
                for (int w = 0; w < WAVES.size(); w++) {
                    if (random.nextDouble() >= answering[w]) {
                        continue;
                    }
                    csv.append(String.format("F-%03d,%s,%s", code, teams.get(t), WAVES.get(w)));
                    for (SurveyDefinition.Item item : survey.items()) {
                        csv.append(',').append(value(survey, item, level, gain[w] * (t == 1 ? 0.6 : 1.0), random));
                    }
                    for (SurveyDefinition.Item item : thenTest) {
                        csv.append(',').append(w == 0 ? "" : value(survey, item, level, -0.3, looking));
                    }
                    csv.append('\n');
                }
            }
        }
        return csv.toString();
    }

    private static String value(SurveyDefinition survey, SurveyDefinition.Item item, double level, double gain, Random random) {
        return switch (item.type()) {
            case LIKERT -> {
                int score = (int) Math.max(survey.scale().min(), Math.min(survey.scale().max(),
                        Math.round(3.2 + level + gain + random.nextGaussian() * 0.7)));
                yield String.valueOf(item.reverse() ? survey.scale().min() + survey.scale().max() - score : score);
            }
            case CHOICE -> {
                boolean right = random.nextDouble() < 0.6 + level * 0.2 + gain * 0.25;
                List<String> wrong = item.options().stream().filter(o -> !o.equals(item.answer())).toList();
                String option = right ? item.answer() : wrong.get(random.nextInt(wrong.size()));
                yield "\"" + option.replace("\"", "\"\"") + "\"";
            }
            default -> "";
        };
    }

    private Account account() {
        return people.findByUsername("evaluator").orElseThrow();
    }
}
