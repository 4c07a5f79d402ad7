package org.lantern.surveys.ui;

import org.lantern.base.ui.HomeCard;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.surveys.OpenSurvey;
import org.lantern.surveys.SurveyAnswering;

import java.util.List;

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
    public void fill(HomeCard card, Account account) {
        if (!account.hasRole(Role.STAFF)) {
            return;
        }
        List<OpenSurvey> open = answering.openSurveysFor(account.username());
        open.forEach(o -> card.add(SurveysView.card(o)));
    }
}
