package org.lantern.training.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.base.ui.DownloadLink;
import org.lantern.base.ui.Texts;
import org.lantern.training.CheckQuestionFigures;
import org.lantern.training.CheckQuestionReview;
import org.lantern.base.ui.PageHeader;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * For editors: how each module's knowledge-check questions work, so they can rewrite questions everyone
 * gets right or that people who do well overall get wrong. Figures over everyone, never per person.
 */
@Route("admin/checks")
@PageTitle("Knowledge-check questions | Lantern")
@Menu(title = "Knowledge-check questions", order = 815, icon = "vaadin:question-circle-o")
@RolesAllowed({Role.ADMIN_ROLE, Role.EDITOR_ROLE})
public class CheckQuestionsView extends Div {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    CheckQuestionsView(CheckQuestionReview review, CurrentAccount currentAccount) {
        Account account = currentAccount.require();
        PageHeader.add(this, "Knowledge-check questions",
                "How each question of the modules' knowledge checks works, from each staff member's first "
                + "attempt (later attempts come after they have seen the right answers). \"Answered right\" is the share "
                + "of people asked the question who got it right. \"Discrimination\" says whether people who do well on "
                + "the rest of the check also get this question right: from 0.2 up the question separates well; below 0 "
                + "people who do well overall tend to get it wrong, which often means it is unclear or its answer is wrong.");
        add(Texts.meta("Figures are over everyone, never per person, and a question's figures appear once "
                + CheckQuestionFigures.MINIMUM_PEOPLE + " different people have been asked it. Each attempt asks a few "
                + "questions of the bank, so questions are asked of different numbers of people. The figures are updated "
                + "after every " + CheckQuestionFigures.BATCH + " new people, so that nobody's answers can be worked out "
                + "by comparing the page before and after their attempt."));
        add(DownloadLink.create("Download as CSV", "knowledge-check-questions.csv", "text/csv", () -> review.csv(account)));
        for (CheckQuestionFigures module : review.modules(account)) {
            add(new H2(module.moduleTitle()));
            if (module.updatedAt() == null) {
                add(Texts.empty("No figures yet: they are first worked out once " + CheckQuestionFigures.BATCH
                        + " people have taken this check."));
                continue;
            }
            add(new Paragraph("From the first attempts of " + (module.people() == 1 ? "1 person" : module.people() + " people")
                    + ". Last updated " + UPDATED.format(module.updatedAt().atZone(ZoneId.systemDefault()))
                    + "; updated again after " + CheckQuestionFigures.BATCH + " more people have taken the check."),
                    CheckQuestionsTable.of(module));
        }
    }
}
