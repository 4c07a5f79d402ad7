package org.lantern.training;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.audit.DataRightsService;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LanternTest
@Transactional
class CheckQuestionReviewTest {

    private static final int PEOPLE = 30;

    @Autowired
    CheckQuestionReview review;
    @Autowired
    TrainingService training;
    @Autowired
    PeopleService people;
    @Autowired
    DataRightsService dataRights;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void firstAttemptsCountByAuthoredOptionAndRetakesDoNot() {
        Account editor = people.findByUsername("editor").orElseThrow();
        TrainingModule module = untakenModule(editor);
        Map<String, int[]> chosen = new HashMap<>();
        Map<String, Integer> asked = new HashMap<>();
        for (int p = 0; p < PEOPLE; p++) {
            Account person = staff("Item Person " + p);
            // first attempt: the first WRONG option on screen, whatever its authored place; second: all right
            Map<String, Set<Integer>> wrong = new HashMap<>();
            for (CheckDraw.Asked a : training.drawCheck(person, module.key()).questions()) {
                int option = a.optionOrder().stream().filter(i -> !a.question().options().get(i).correct()).findFirst().orElseThrow();
                wrong.put(a.key(), Set.of(option));
                chosen.computeIfAbsent(a.key(), k -> new int[a.question().options().size()])[option]++;
                asked.merge(a.key(), 1, Integer::sum);
            }
            assertThat(training.submitCheck(person, module.key(), wrong).correct()).isZero();
            Map<String, Set<Integer>> right = new HashMap<>();
            training.drawCheck(person, module.key()).asked().forEach(q -> right.put(q.key(), q.correctOptions()));
            assertThat(training.submitCheck(person, module.key(), right).passed()).isTrue();
        }

        CheckQuestionFigures figures = review.modules(editor).stream().filter(m -> m.moduleKey().equals(module.key()))
                .findFirst().orElseThrow();
        assertThat(figures.people()).isEqualTo(PEOPLE);
        List<CheckQuestionFigures.Question> shown = figures.questions().stream().filter(CheckQuestionFigures.Question::shown).toList();
        assertThat(shown).isNotEmpty();
        for (CheckQuestionFigures.Question q : figures.questions()) {
            assertThat(q.drawnBy()).isEqualTo(asked.getOrDefault(q.key(), 0));
            assertThat(q.shown()).isEqualTo(q.drawnBy() >= CheckQuestionFigures.MINIMUM_PEOPLE);
        }
        for (CheckQuestionFigures.Question q : shown) {
            assertThat(q.proportionCorrect()).as("retakes after seeing the answers do not count").isZero();
            assertThat(q.flags()).contains(QuestionFlag.FEW_RIGHT);
            for (int i = 0; i < q.options().size(); i++) {
                assertThat(q.options().get(i).share()).as(q.key() + " option " + i)
                        .isEqualTo((double) chosen.get(q.key())[i] / q.drawnBy());
            }
        }
        String csv = new String(review.csv(editor), StandardCharsets.UTF_8);
        assertThat(csv).contains("people_asked,proportion_correct,discrimination").contains(shown.getFirst().text())
                .doesNotContain("Item Person").doesNotContain(run);
    }

    /** An editor who looks before and after one colleague's first attempt sees no change; the fifth new person moves them on. */
    @Test
    void figuresChangeOnlyAfterEveryFiveNewPeople() {
        Account editor = people.findByUsername("editor").orElseThrow();
        TrainingModule module = untakenModule(editor);
        for (int p = 0; p < 4; p++) {
            takeCheck(staff("Batch Early " + p), module);
        }
        assertThat(figures(editor, module).updatedAt()).as("fewer than five people: no figures yet").isNull();
        assertThat(figures(editor, module).people()).isZero();
        for (int p = 4; p < 12; p++) {
            takeCheck(staff("Batch Person " + p), module);
        }
        CheckQuestionFigures shown = figures(editor, module);
        assertThat(shown.people()).isEqualTo(12);
        assertThat(shown.updatedAt()).isNotNull();
        for (int p = 0; p < 4; p++) {
            takeCheck(staff("Batch Newcomer " + p), module);
            assertThat(figures(editor, module)).as("after %d new people", p + 1).isEqualTo(shown);
        }
        takeCheck(staff("Batch Fifth"), module);
        CheckQuestionFigures moved = figures(editor, module);
        assertThat(moved.people()).isEqualTo(17);
        assertThat(moved.questions().stream().mapToInt(CheckQuestionFigures.Question::drawnBy).sum())
                .isGreaterThan(shown.questions().stream().mapToInt(CheckQuestionFigures.Question::drawnBy).sum());
        assertThat(new String(review.csv(editor), StandardCharsets.UTF_8)).as("the CSV shows the same batch")
                .contains(moved.moduleTitle());
    }

    /**
     * The figures shown are the ones stored when the batch moved on: erasing a person whose first attempt they include
     * does not change them by that one person (an editor comparing before and after learns nothing), nor the CSV.
     */
    @Test
    void erasingSomeoneIncludedLeavesTheShownFiguresAsTheyWere() {
        Account editor = people.findByUsername("editor").orElseThrow();
        TrainingModule module = untakenModule(editor);
        Account leaver = staff("Snapshot Leaver");
        takeCheck(leaver, module, 0);
        for (int p = 1; p < 12; p++) {
            takeCheck(staff("Snapshot Person " + p), module, p);
        }
        CheckQuestionFigures shown = figures(editor, module);
        String csv = moduleLines(editor, module);
        assertThat(shown.people()).isEqualTo(12);

        dataRights.erase(people.findByUsername("admin").orElseThrow(), leaver.id(), leaver.username());

        assertThat(figures(editor, module)).as("same figures after the erasure").isEqualTo(shown);
        assertThat(moduleLines(editor, module)).as("same CSV after the erasure").isEqualTo(csv);
        for (int p = 0; p < 4; p++) {
            takeCheck(staff("Snapshot Newcomer " + p), module, p);
            assertThat(figures(editor, module)).as("after %d new people", p + 1).isEqualTo(shown);
        }
        takeCheck(staff("Snapshot Fifth"), module, 4);
        CheckQuestionFigures moved = figures(editor, module);
        assertThat(moved.people()).as("11 left of the 12, and 5 new").isEqualTo(16);
        assertThat(moved.updatedAt()).isAfterOrEqualTo(shown.updatedAt());
        assertThat(moduleLines(editor, module)).isNotEqualTo(csv);
    }

    /** The CSV lines of one module (other tests' modules may move on meanwhile). */
    private String moduleLines(Account editor, TrainingModule module) {
        return new String(review.csv(editor), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith(module.title() + ",") || l.startsWith("\"" + module.title()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private CheckQuestionFigures figures(Account editor, TrainingModule module) {
        return review.modules(editor).stream().filter(m -> m.moduleKey().equals(module.key())).findFirst().orElseThrow();
    }

    /** A first attempt: right on the first half of the questions asked, wrong on the rest. */
    private void takeCheck(Account person, TrainingModule module) {
        takeCheck(person, module, 0);
    }

    /** A first attempt: right on the first half of the questions asked (from {@code shift} on, in turn), wrong on the rest. */
    private void takeCheck(Account person, TrainingModule module, int shift) {
        Map<String, Set<Integer>> answers = new HashMap<>();
        List<TrainingModule.Question> asked = training.drawCheck(person, module.key()).asked();
        for (int i = 0; i < asked.size(); i++) {
            TrainingModule.Question q = asked.get(i);
            int wrong = java.util.stream.IntStream.range(0, q.options().size()).filter(o -> !q.options().get(o).correct()).findFirst().orElseThrow();
            answers.put(q.key(), (i + shift) % asked.size() < asked.size() / 2 ? q.correctOptions() : Set.of(wrong));
        }
        training.submitCheck(person, module.key(), answers);
    }

    @Test
    void onlyEditorsAndAdministratorsSeeTheFigures() {
        assertThat(review.modules(people.findByUsername("admin").orElseThrow())).isNotEmpty();
        assertThat(review.modules(people.findByUsername("editor").orElseThrow())).isNotEmpty();
        for (String username : List.of("staff", "manager", "evaluator")) {
            Account account = people.findByUsername(username).orElseThrow();
            assertThatThrownBy(() -> review.modules(account)).isInstanceOf(TrainingException.class)
                    .hasMessageContaining("Only editors and administrators");
            assertThatThrownBy(() -> review.csv(account)).isInstanceOf(TrainingException.class);
        }
    }

    private TrainingModule untakenModule(Account editor) {
        String key = review.modules(editor).stream().filter(m -> m.people() == 0).reduce((a, b) -> b).orElseThrow().moduleKey();
        return training.module(key).orElseThrow();
    }

    private Account staff(String name) {
        return people.createAccount(new NewAccount(name.toLowerCase().replace(' ', '.') + "." + run, name,
                "a long enough password", Set.of(Role.STAFF), Set.of(), Set.of()));
    }
}
