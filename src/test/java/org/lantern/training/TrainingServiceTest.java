package org.lantern.training;

import org.junit.jupiter.api.Test;
import org.jooq.DSLContext;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LanternTest
@Transactional
class TrainingServiceTest {

    private static final String MODULE = "recovery-in-everyday-practice";

    @Autowired
    TrainingService training;
    @Autowired
    PeopleService people;

    @Autowired
    DSLContext db;

    /** The right answers to the questions the person's current attempt asks. */
    private Map<String, Set<Integer>> correctAnswers(String username) {
        Map<String, Set<Integer>> answers = new HashMap<>();
        training.drawCheck(account(username), MODULE).asked().forEach(q -> answers.put(q.key(), q.correctOptions()));
        return answers;
    }

    private TrainingModule module() {
        return training.module(MODULE).orElseThrow();
    }

    @Test
    void progressIsPerPersonAndResumesWhereTheyLeftOff() {
        TrainingModule m = module();
        training.visit(account("editor"), MODULE, m.lessons().get(1).key());
        training.markDone(account("editor"), MODULE, m.lessons().getFirst().key());
        ModuleProgress p = training.progress(account("editor"), MODULE).orElseThrow();
        assertThat(p.lessonsDone()).isEqualTo(1);
        assertThat(p.started()).isTrue();
        assertThat(training.resume(account("editor"))).get().satisfies(r -> assertThat(r.lesson().key()).isEqualTo(m.lessons().get(1).key()));
        assertThat(training.progress(account("ward.manager"), MODULE).orElseThrow().started()).isFalse();

        training.markNotDone(account("editor"), MODULE, m.lessons().getFirst().key());
        assertThat(training.progress(account("editor"), MODULE).orElseThrow().lessonsDone()).isZero();
    }

    @Test
    void demoDataShowsAStaffMemberPartWayThrough() {
        ModuleProgress p = training.progress(account("staff"), MODULE).orElseThrow();
        assertThat(p.lessonsDone()).isEqualTo(2);
        assertThat(p.complete()).isFalse();
        assertThat(training.progress(account("amira.k"), MODULE).orElseThrow().complete()).isTrue();
    }

    @Test
    void everyQuestionMustBeAnswered() {
        assertThatThrownBy(() -> training.submitCheck(account("staff"), MODULE, Map.of()))
                .isInstanceOf(TrainingException.class).hasMessageStartingWith("Answer every question before checking");
        Map<String, Set<Integer>> stale = correctAnswers("staff");
        stale.put("no-such-question", Set.of(0));
        assertThatThrownBy(() -> training.submitCheck(account("staff"), MODULE, stale)).hasMessageContaining("has changed");
    }

    @Test
    void eachAttemptAsksADrawThatStaysPutUntilItIsSubmitted() {
        TrainingModule m = module();
        CheckDraw first = training.drawCheck(account("editor"), MODULE);
        assertThat(first.questions()).hasSize(m.check().draw()).hasSizeLessThan(m.check().questions().size());
        assertThat(training.drawCheck(account("editor"), MODULE)).as("a reload shows the same questions and options").isEqualTo(first);

        training.submitCheck(account("editor"), MODULE, correctAnswers("editor"));
        CheckDraw second = training.drawCheck(account("editor"), MODULE);
        assertThat(second.questions()).as("the next attempt is drawn afresh").isNotEqualTo(first.questions());
        assertThat(training.drawCheck(account("ward.manager"), MODULE).questions()).as("another person, another draw")
                .isNotEqualTo(first.questions());
    }

    @Test
    void onlyTheDrawnQuestionsAreAskedAndScored() {
        TrainingModule m = module();
        CheckDraw draw = training.drawCheck(account("editor"), MODULE);
        TrainingModule.Question notAsked = m.check().questions().stream()
                .filter(q -> !draw.asked().contains(q)).findFirst().orElseThrow();
        Map<String, Set<Integer>> answers = correctAnswers("editor");
        answers.put(notAsked.key(), notAsked.correctOptions());
        assertThatThrownBy(() -> training.submitCheck(account("editor"), MODULE, answers))
                .as("an answer to a question this attempt did not ask belongs to another page").hasMessageContaining("has changed");
        answers.remove(notAsked.key());
        TrainingModule.Question missed = draw.asked().getFirst();
        answers.put(missed.key(), Set.of(missed.correctOptions().contains(0) ? 1 : 0));
        CheckResult result = training.submitCheck(account("editor"), MODULE, answers);
        assertThat(result.total()).isEqualTo(draw.questions().size());
        assertThat(result.correct()).isEqualTo(draw.questions().size() - 1);
        assertThat(training.latestCheck(account("editor"), MODULE)).get().extracting(CheckResult::score).isEqualTo(result.score());
    }

    @Test
    void anAttemptFromBeforeTheBankWasRewrittenKeepsItsScore() {
        long editor = people.findByUsername("editor").orElseThrow().id();
        db.execute("INSERT INTO check_attempt (account_id, module_key, correct, total, score, passed, answers) "
                + "VALUES (?, ?, 6, 7, 86, true, '{\"q1\": [1], \"q2\": [0]}'::jsonb)", editor, MODULE);
        CheckResult old = training.latestCheck(account("editor"), MODULE).orElseThrow();
        assertThat(old.score()).isEqualTo(86);
        assertThat(old.correct()).isEqualTo(6);
        assertThat(old.total()).isEqualTo(7);
        assertThat(old.passed()).isTrue();
        assertThat(training.progress(account("editor"), MODULE).orElseThrow().checkPassed()).isTrue();
    }

    @Test
    void theModuleCompletesWhenAllLessonsAreDoneAndTheCheckIsPassed() throws Exception {
        TrainingModule m = module();
        Map<String, Set<Integer>> wrong = new HashMap<>();
        training.drawCheck(account("staff"), MODULE).asked().forEach(q -> wrong.put(q.key(), Set.of(q.correctOptions().contains(0) ? 1 : 0)));
        CheckResult failed = training.submitCheck(account("staff"), MODULE, wrong);
        assertThat(failed.passed()).isFalse();
        assertThat(training.latestCheck(account("staff"), MODULE)).get().extracting(CheckResult::score).isEqualTo(failed.score());

        CheckResult passed = training.submitCheck(account("staff"), MODULE, correctAnswers("staff"));
        assertThat(passed.score()).isEqualTo(100);
        assertThat(training.progress(account("staff"), MODULE).orElseThrow().complete()).as("lessons not done yet").isFalse();
        assertThatThrownBy(() -> training.certificate(account("staff"), MODULE)).hasMessage("Complete the module to get its certificate.");

        for (TrainingModule.Lesson lesson : m.lessons()) {
            training.markDone(account("staff"), MODULE, lesson.key());
        }
        ModuleProgress done = training.progress(account("staff"), MODULE).orElseThrow();
        assertThat(done.complete()).isTrue();
        assertThat(training.resume(account("staff"))).isEmpty();

        byte[] pdf = training.certificate(account("staff"), MODULE);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Certificate of completion", "Sam Staff", m.title(), "Learning time");
    }

    @Test
    void managersSeeCompletionOnlyForTeamsTheyManage() {
        TrainingModule m = module();
        for (TrainingModule.Lesson lesson : m.lessons()) {
            training.markDone(account("staff"), MODULE, lesson.key());
        }
        training.submitCheck(account("staff"), MODULE, correctAnswers("staff"));
        Account manager = people.findByUsername("manager").orElseThrow();
        long community = manager.managedTeams().stream().filter(t -> t.teamName().equals("Community Team North")).findFirst().orElseThrow().teamId();

        TeamProgress progress = training.teamProgress(account("manager"), community);
        TeamProgress.Member sam = progress.rows().stream().filter(r -> r.displayName().equals("Sam Staff")).findFirst().orElseThrow();
        assertThat(sam.cells().get(MODULE).completedAt()).isNotNull();
        assertThat(progress.rows()).extracting(TeamProgress.Member::displayName).doesNotContain("Morgan Manager");

        assertThatThrownBy(() -> training.teamProgress(account("ward.manager"), community))
                .hasMessage("You can only see progress for teams you manage.");
        assertThatThrownBy(() -> training.teamProgress(account("staff"), community))
                .hasMessage("You can only see progress for teams you manage.");
        Account roleTakenAway = new Account(manager.id(), manager.username(), manager.displayName(), true,
                java.util.EnumSet.of(org.lantern.base.security.Role.STAFF), manager.teams());
        assertThatThrownBy(() -> training.teamProgress(roleTakenAway, community))
                .as("still named the team's manager, but no longer has the manager role")
                .hasMessage("You can only see progress for teams you manage.");
    }

    @Test
    void answersRoundTripThroughJson() {
        Map<String, Set<Integer>> answers = Map.of("q1", Set.of(2, 0), "q2", Set.of(1));
        assertThat(TrainingService.toJson(answers)).isEqualTo("{\"q1\":[0,2],\"q2\":[1]}");
        assertThat(TrainingService.fromJson(TrainingService.toJson(answers))).isEqualTo(answers);
    }

    @Test
    void certificateHoursAreRounded() {
        assertThat(CertificatePdf.hours(62)).isEqualTo("1 hour");
        assertThat(CertificatePdf.hours(70)).isEqualTo("1.25 hours");
        assertThat(CertificatePdf.hours(5)).isEqualTo("0.25 hours");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
