package org.lantern.surveys.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.surveys.OpenSurvey;
import org.lantern.surveys.SurveyAnswering;

import java.util.List;
import java.util.Optional;

/** The "Surveys" card on a staff member's home page: surveys open for their team. */
@org.springframework.stereotype.Component
class SurveysHomeWidget implements HomeWidget {

    private final SurveyAnswering answering;

    SurveysHomeWidget(SurveyAnswering answering) {
        this.answering = answering;
    }

    @Override
    public String area() {
        return "surveys";
    }

    @Override
    public Optional<Component> create(Account account) {
        if (!account.hasRole(Role.STAFF)) {
            return Optional.empty();
        }
        List<OpenSurvey> open = answering.openSurveysFor(account);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Div box = new Div();
        open.forEach(o -> box.add(SurveysView.card(o)));
        return Optional.of(box);
    }
}
