package org.lantern.load;

import org.lantern.base.security.Account;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.people.Team;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programmes;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingService;
import org.springframework.context.ApplicationContext;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prepares the load test's own data through the service layer, leaving any demo data alone: a
 * "Load Test Team", a programme of its own with a "before" wave open today, and staff accounts in
 * that team. Running it again reuses what is already there.
 */
final class LoadTestSetup {

    static final String TEAM = "Load Test Team";
    static final String PROGRAMME = "load-test";
    static final String WAVE = "before";
    static final String EVALUATOR = "load.evaluator";

    /** What the simulated staff do: the lesson they mark as done and the wave they answer. */
    record Plan(String lessonRoute, String moduleKey, String lessonKey, String surveyRoute, List<String> usernames,
                String password) {
    }

    private LoadTestSetup() {
    }

    /**
     * Creates (or finds) the team, programme and {@code users} staff accounts named
     * {@code prefix001}, {@code prefix002} and so on, all with one random password.
     */
    static Plan prepare(ApplicationContext context, String prefix, int users) {
        PeopleService people = context.getBean(PeopleService.class);
        Programmes programmes = context.getBean(Programmes.class);
        TrainingService training = context.getBean(TrainingService.class);
        String password = randomPassword();

        if (people.needsSetup()) {
            // a fresh installation opens the setup page instead of the sign-in page until it has an administrator
            people.createFirstAdmin("load.admin", "Load Test Administrator", randomPassword());
        }
        Team team = people.findTeamByName(TEAM).orElseGet(() -> people.createTeam(TEAM, "Load Test Service"));
        List<NewAccount> missing = new ArrayList<>();
        if (people.findByUsername(EVALUATOR).isEmpty()) {
            missing.add(new NewAccount(EVALUATOR, "Load Test Evaluator", password, EnumSet.of(Role.EVALUATOR), Set.of(), Set.of()));
        }
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= users; i++) {
            String username = String.format(Locale.ROOT, "%s%03d", prefix, i);
            usernames.add(username);
            if (people.findByUsername(username).isPresent()) {
                throw new IllegalStateException("The account " + username + " already exists: use a fresh data folder.");
            }
            missing.add(new NewAccount(username, String.format(Locale.ROOT, "Load Test Staff %03d", i), password,
                    EnumSet.of(Role.STAFF), Set.of(team.id()), Set.of()));
        }
        // one bcrypt hash for the shared password instead of one per account: setup takes seconds, not minutes
        List<Account> created = people.createDemoAccounts(missing);
        if (created.size() != missing.size()) {
            throw new IllegalStateException("Could not create the load-test accounts");
        }

        if (programmes.programme(PROGRAMME).isEmpty()) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            programmes.createProgramme(people.findByUsername(EVALUATOR).orElseThrow(), new NewProgramme(PROGRAMME, "Load test programme", "recovery-knowledge",
                    List.of(TEAM), List.of(
                    new NewProgramme.NewWave(WAVE, today.minusDays(2), today.plusDays(30)),
                    new NewProgramme.NewWave("after", today.plusDays(90), today.plusDays(120)))));
        }

        TrainingModule module = training.modules().getFirst();
        TrainingModule.Lesson lesson = module.lessons().getFirst();
        return new Plan("learn/" + module.key() + "/lesson/" + lesson.key(), module.key(), lesson.key(),
                "surveys/" + PROGRAMME + "/" + WAVE, List.copyOf(usernames), password);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return "load-" + HexFormat.of().formatHex(bytes);
    }
}
