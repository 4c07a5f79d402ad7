package org.lantern.surveys.ui;

import org.lantern.base.security.Role;
import org.lantern.base.ui.HomeWidget;
import org.lantern.surveys.OpenSurvey;
import org.lantern.surveys.SurveyAnswering;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Surveys on the home page. */
@Configuration(proxyBeanMethods = false)
class SurveysHome {

    /** The "Surveys" card on a staff member's home page: surveys open for their team. */
    @Bean
    HomeWidget surveysHomeWidget(SurveyAnswering answering) {
        return HomeWidget.of("surveys", (card, account) -> {
            if (!account.hasRole(Role.STAFF)) {
                return;
            }
            List<OpenSurvey> open = answering.openSurveysFor(account);
            open.forEach(o -> card.add(SurveysView.card(o)));
        });
    }
}
