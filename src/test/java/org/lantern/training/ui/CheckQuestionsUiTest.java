package org.lantern.training.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableRow;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.training.CheckQuestionFigures;
import org.lantern.training.CheckQuestionReview;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class CheckQuestionsUiTest extends KaribuTest {

    @Autowired
    PeopleService people;
    @Autowired
    TrainingService training;
    @Autowired
    CheckQuestionReview review;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anEditorSeesEachQuestionsFiguresAndFlagsAndCanDownloadThem() {
        Account editor = people.findByUsername("editor").orElseThrow();
        String key = review.modules(editor).stream().filter(m -> m.people() == 0).reduce((a, b) -> b).orElseThrow().moduleKey();
        TrainingModule module = training.module(key).orElseThrow();
        for (int p = 0; p < 30; p++) {
            Account person = people.createAccount(new NewAccount("checks." + p + "." + run, "Checks Person " + p,
                    "a long enough password", Set.of(Role.STAFF), Set.of(), Set.of()));
            Map<String, Set<Integer>> right = new HashMap<>();
            training.drawCheck(person, key).asked().forEach(q -> right.put(q.key(), q.correctOptions()));
            training.submitCheck(person, key, right);
        }
        CheckQuestionFigures.Question shown = review.modules(editor).stream().filter(m -> m.moduleKey().equals(key))
                .findFirst().orElseThrow().questions().stream().filter(CheckQuestionFigures.Question::shown).findFirst().orElseThrow();

        signIn("editor");
        assertThat(open("admin/checks")).isInstanceOf(CheckQuestionsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Knowledge-check questions");
        assertThat(_find(H2.class)).extracting(H2::getText).contains(module.title());
        assertThat(_get(Anchor.class, spec -> spec.withText("Download as CSV")).getHref()).isNotBlank();
        List<String> rows = _find(NativeTableRow.class).stream().map(r -> r.getElement().getTextRecursively()).toList();
        assertThat(rows).anySatisfy(text -> assertThat(text).startsWith(shown.text()).contains("100%")
                .contains("Almost everyone gets this right (over 90%)").doesNotContain("Checks Person"));
        assertThat(rows).noneMatch(text -> text.contains("Checks Person"));
    }
}
