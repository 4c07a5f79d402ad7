package org.lantern.reports.ui;

import com.vaadin.flow.component.Component;
import lombok.RequiredArgsConstructor;
import org.lantern.base.security.Account;
import org.lantern.reports.AnalysisPlans;
import org.lantern.surveys.Programme;
import org.lantern.surveys.ui.ProgrammeSection;

/** Puts the analysis plan on a programme's page (which only evaluators and administrators open). */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class AnalysisPlanSection implements ProgrammeSection {

    private final AnalysisPlans plans;

    @Override
    public Component create(Account account, Programme programme) {
        return new AnalysisPlanPanel(plans, account, programme.key());
    }
}
