package org.lantern.training.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.training.CheckDraw;
import org.lantern.training.CheckResult;
import org.lantern.training.TrainingException;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingService;
import org.lantern.base.ui.RouteItem;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A module's knowledge check: answer the questions drawn for this attempt, see the score and an
 * explanation for every option, retry with a new draw.
 */
@Route("learn/:module/check")
@RolesAllowed({Role.STAFF_ROLE, Role.MANAGER_ROLE, Role.EDITOR_ROLE})
public class CheckView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingService training;
    private final Account account;
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Div error = Texts.alert();
    private TrainingModule module;
    private CheckDraw draw;

    CheckView(TrainingService training, CurrentAccount currentAccount) {
        this.training = training;
        this.account = currentAccount.require();
        addClassNames("lantern-page", "lantern-reading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteItem.find(event, "module", training::module).ifPresent(found -> {
            module = found;
            showQuestions();
        });
    }

    private void showQuestions() {
        removeAll();
        fields.clear();
        error.setText("");
        draw = training.drawCheck(account, module.key());
        add(new Anchor(TrainingLinks.module(module.key()), module.title()), new H1(module.check().title()));
        add(new Paragraph(draw.questions().size() + " questions, picked at random from " + module.check().questions().size()
                + ". You pass with " + module.passMark() + "% or more, and you can try as often as you like: each try "
                + "asks a new set. After you check your answers, you will see why each option is right or not."));
        int number = 1;
        for (CheckDraw.Asked q : draw.questions()) {
            add(createQuestion(number++, q));
        }
        Button submit = new Button("Check my answers", e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(error, submit);
    }

    private Component createQuestion(int number, CheckDraw.Asked asked) {
        Section section = new Section();
        section.addClassName("lantern-question");
        TrainingModule.Question q = asked.question();
        String label = number + ". " + q.text();
        // items are the authored indexes, in the shuffled order; the browser only sees their position
        Map<Integer, String> options = new LinkedHashMap<>();
        asked.optionOrder().forEach(i -> options.put(i, q.options().get(i).text()));
        if (q.type() == TrainingModule.QuestionType.MULTIPLE) {
            CheckboxGroup<Integer> group = new CheckboxGroup<>(label);
            group.setItems(options.keySet());
            group.setItemLabelGenerator(options::get);
            group.setHelperText("Choose all that apply.");
            fields.put(q.key(), group);
            section.add(group);
        } else {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
            group.setItems(options.keySet());
            group.setItemLabelGenerator(options::get);
            fields.put(q.key(), group);
            section.add(group);
        }
        return section;
    }

    @SuppressWarnings("unchecked")
    private void submit() {
        Map<String, Set<Integer>> answers = new HashMap<>();
        fields.forEach((key, field) -> {
            Object value = field.getValue();
            if (value instanceof Set<?> set) {
                answers.put(key, new TreeSet<>((Set<Integer>) set));
            } else if (value instanceof Integer i) {
                answers.put(key, Set.of(i));
            }
        });
        try {
            showResult(training.submitCheck(account, module.key(), answers));
        } catch (TrainingException e) {
            error.setText(e.getMessage());
        }
    }

    private void showResult(CheckResult result) {
        removeAll();
        H1 heading = new H1("Your result: " + result.score() + "%");
        add(new Anchor(TrainingLinks.module(module.key()), module.title()), heading);
        // the score replaces the questions: show it from its top, not at the old scroll position near Submit
        heading.scrollIntoView();
        Paragraph summary = new Paragraph(result.correct() + " of " + result.total() + " right. " + (result.passed()
                ? "You passed." : "The pass mark is " + result.passMark() + "%. Read the explanations and try again."));
        summary.getElement().setAttribute("role", "status");
        add(summary);
        int number = 1;
        for (CheckDraw.Asked asked : draw.questions()) {
            TrainingModule.Question q = asked.question();
            Section section = new Section();
            section.addClassName("lantern-question");
            boolean right = result.isCorrect(q.key());
            section.add(new H2(number++ + ". " + q.text()));
            Paragraph verdict = new Paragraph(right ? "You got this right." : "Not quite.");
            verdict.addClassName(right ? "lantern-done" : "lantern-warning");
            section.add(verdict);
            Set<Integer> chosen = result.answers().getOrDefault(q.key(), Set.of());
            UnorderedList list = new UnorderedList();
            for (int i : asked.optionOrder()) {
                TrainingModule.Option o = q.options().get(i);
                String mark = (o.correct() ? "Correct answer" : "Not correct") + (chosen.contains(i) ? " · your choice" : "");
                Paragraph head = new Paragraph(o.text() + " (" + mark + ")");
                head.addClassName("lantern-option");
                list.add(new ListItem(head, new Paragraph(o.explanation())));
            }
            section.add(list);
            add(section);
        }
        Div actions = new Div();
        actions.addClassName("lantern-toolbar");
        Button retry = new Button("Try again", e -> showQuestions());
        actions.add(retry, new Anchor(TrainingLinks.module(module.key()), "Back to the module"));
        add(actions);
    }

    @Override
    public String getPageTitle() {
        return (module == null ? "Knowledge check" : module.check().title() + ": " + module.title()) + " | Lantern";
    }
}
