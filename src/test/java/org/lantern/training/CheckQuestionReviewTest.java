package org.lantern.training;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
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
