package org.lantern.surveys.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Cards;
import org.lantern.base.ui.ActionLink;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.surveys.OpenSurvey;
import org.lantern.surveys.SurveyAnswering;

import java.util.List;

/** The surveys open for the staff member's teams, and whether they have answered them. */
@Route("surveys")
@PageTitle("Surveys | Lantern")
@Menu(title = "Surveys", order = 300, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.STAFF_ROLE)
public class SurveysView extends Div {

    SurveysView(SurveyAnswering answering, CurrentAccount currentAccount) {
        addClassName("lantern-page");
        add(new H1("Surveys"));
        add(new Paragraph("Training programmes ask the same short survey before and after, to see what has changed. "
                + "Your answers are kept under a random code, not your name. Your manager never sees what you answered: "
                + "reports only show team totals, and only when enough people have answered."));
        List<OpenSurvey> open = answering.openSurveysFor(currentAccount.require());
        add(Cards.gridOrEmpty(open, SurveysView::card,
                "No survey is open for your team at the moment. When one opens, it will appear here and on your home page."));
    }

    static Component card(OpenSurvey o) {
        Section card = new Section();
        card.addClassName("lantern-card");
        card.add(new H2(o.programme().title()));
        card.add(new Paragraph(SurveyLinks.waveLabel(o.wave().key()) + " survey · open until " + SurveyLinks.date(o.wave().closes())));
        String link = SurveyLinks.response(o.programme().key(), o.wave().key());
        switch (o.status()) {
            case NOT_STARTED -> card.add(ActionLink.primary(link, "Start the survey"));
            case DRAFT -> card.add(new Paragraph("Your answers so far are saved."), ActionLink.primary(link, "Carry on with the survey"));
            case SUBMITTED -> {
                Paragraph done = new Paragraph("Thank you: you submitted this survey"
                        + (o.submittedOn() == null ? "." : " on " + SurveyLinks.date(o.submittedOn()) + "."));
                done.addClassName("lantern-done");
                card.add(done, new Anchor(link, "See what you submitted"));
            }
        }
        return card;
    }
}
