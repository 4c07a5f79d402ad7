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
 * Demo programmes: a finished before/after programme across the three demo teams with made-up
 * paper-style answers (so the evaluation report has something to show), and a programme whose
 * "before" wave is open now for the demo staff member.
 */
@DemoFeature(value = "surveys", order = 40)
@RequiredArgsConstructor
class DemoSurveys implements DemoData {

    private static final List<String> HELP_MOST = List.of(
            "More time to sit with people and plan together.",
            "Hearing how other teams manage risk decisions.",
            "Supervision that asks about hopes, not only incidents.",
            "Shorter forms so I can write plans in the person's words.",
            "Peer workers on every shift.");
    private static final List<String> CHANGES = List.of(
            "I now ask people what a good week would look like before we plan anything.",
            "We write review dates on every risk decision and actually go back to them.",
            "I stopped doing the shopping list for people and do it with them instead.",
            "Our team invites carers to reviews when the person wants that.",
            "I say what went well in handover, not just what went wrong.");

    /** The demo teams that answer the demo programmes' surveys. */
    static final List<String> TEAMS = List.of("Community Team North", "Acute Ward Two", "Supported Living East");

    private final Programmes programmes;
    private final ResponseImport responseImport;
    private final PeopleService people;

    @Override
    public void seed() {
        SurveyDefinition survey = programmes.survey("recovery-knowledge").orElse(null);
        if (survey == null) {
            return;
        }
        LocalDate today = programmes.today();
        List<String> teams = TEAMS;
        programmes.createProgramme(account("evaluator"), new NewProgramme("recovery-practice-2026", "Recovery in practice 2026",
                survey.key(), teams, List.of(
                new NewProgramme.NewWave("before", today.minusDays(200), today.minusDays(170)),
                new NewProgramme.NewWave("after", today.minusDays(60), today.minusDays(30)))));
        responseImport.importCsv(account("evaluator"), "recovery-practice-2026", new StringReader(answers(survey, teams)), false, n -> { });
        // anonymous paper forms handed in without a code: reported apart, as weaker evidence
        responseImport.importCsv(account("evaluator"), "recovery-practice-2026", new StringReader(unlinkedAnswers(survey, teams.getFirst())),
                false, n -> { });

        programmes.createProgramme(account("evaluator"), new NewProgramme("strengths-pilot", "Strengths pilot",
                survey.key(), List.of("Community Team North", "Supported Living East"), List.of(
                new NewProgramme.NewWave("before", today.minusDays(7), today.plusDays(21)),
                new NewProgramme.NewWave("after", today.plusDays(90), today.plusDays(120)))));
    }

    /** Made-up answers: knowledge improves after the programme, most in goals, hope and risk. */
    static String answers(SurveyDefinition survey, List<String> teams) {
        Random random = new Random(2026);
        StringBuilder csv = csvHeader(survey);
        int code = 1;
        for (int t = 0; t < teams.size(); t++) {
            int people = 14 + t * 3;
            for (int p = 0; p < people; p++, code++) {
                double knowledge = random.nextGaussian() * 0.5;
                boolean answersAfter = random.nextDouble() < 0.85;
                for (String wave : answersAfter ? List.of("before", "after") : List.of("before")) {
                    boolean after = wave.equals("after");
                    csv.append(String.format("D-%03d,%s,%s", code, teams.get(t), wave));
                    for (SurveyDefinition.Item item : survey.items()) {
                        csv.append(',').append(value(survey, item, knowledge, after, t, random));
                    }
                    csv.append('\n');
                }
            }
        }
        return csv.toString();
    }

    /** Made-up anonymous forms of one team, without a participant code: 6 before and 7 after. */
    static String unlinkedAnswers(SurveyDefinition survey, String team) {
        Random random = new Random(2030);
        StringBuilder csv = csvHeader(survey);
        for (int form = 0; form < 13; form++) {
            boolean after = form >= 6;
            double knowledge = random.nextGaussian() * 0.5;
            csv.append(',').append(team).append(',').append(after ? "after" : "before");
            for (SurveyDefinition.Item item : survey.items()) {
                csv.append(',').append(value(survey, item, knowledge, after, 0, random));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String value(SurveyDefinition survey, SurveyDefinition.Item item, double knowledge, boolean after,
                                int team, Random random) {
        switch (item.type()) {
            case LIKERT -> {
                double gain = after ? switch (item.theme()) {
                    case "goals", "hope", "risk" -> 0.8;
                    case "carers" -> 0.4;
                    default -> 0.2;
                } * (team == 1 ? 0.6 : 1.0) : 0;
                double agree = 3.3 + knowledge + gain + random.nextGaussian() * 0.7;
                int score = (int) Math.max(survey.scale().min(), Math.min(survey.scale().max(), Math.round(agree)));
                return String.valueOf(item.reverse() ? survey.scale().min() + survey.scale().max() - score : score);
            }
            case CHOICE -> {
                double chance = 0.6 + knowledge * 0.2 + (after ? 0.2 : 0);
                if (random.nextDouble() < chance) {
                    return quote(item.answer());
                }
                List<String> wrong = item.options().stream().filter(o -> !o.equals(item.answer())).toList();
                return quote(wrong.get(random.nextInt(wrong.size())));
            }
            default -> {
                if (random.nextDouble() < 0.5) {
                    return "";
                }
                List<String> pool = item.key().equals("practice-change") ? CHANGES : HELP_MOST;
                return quote(pool.get(random.nextInt(pool.size())));
            }
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    /** The first line of an import file for the survey: participant, team, wave and every question's key. */
    static StringBuilder csvHeader(SurveyDefinition survey) {
        StringBuilder csv = new StringBuilder("participant,team,wave");
        survey.importColumns().subList(3, survey.importColumns().size()).forEach(key -> csv.append(',').append(key));
        return csv.append('\n');
    }
}
