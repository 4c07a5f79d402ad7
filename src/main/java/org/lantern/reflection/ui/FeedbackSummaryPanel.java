package org.lantern.reflection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.lantern.base.ui.Texts;
import org.lantern.reflection.SessionDetail;

import java.util.List;
import java.util.Locale;

/** What the team's managers see of a session's feedback: nothing while it is open, then the frozen totals. */
final class FeedbackSummaryPanel {

    private FeedbackSummaryPanel() {
    }

    static Component create(SessionDetail.Feedback feedback) {
        Div box = new Div(new H2("Feedback"));
        SessionDetail.FeedbackSummary summary = feedback.summary();
        if (summary == null) {
            box.add(Texts.empty("Feedback is anonymous. People who attended can give it from the start of the session until "
                    + SessionLinks.when(feedback.closesAt()) + ". Nothing is shown before then, not even how many people "
                    + "have answered. After that you see the totals, once, if at least " + feedback.minGroupSize()
                    + " people answered."));
            return box;
        }
        if (summary.tooFewAnswers()) {
            box.add(Texts.empty("Feedback is not shown because fewer than " + summary.minGroupSize() + " people answered."));
            return box;
        }
        box.add(new Paragraph("Feedback closed on " + SessionLinks.when(feedback.closesAt()) + ". " + summary.responses()
                + " people answered. These totals will not change."));
        List<Integer> counts = summary.ratingCounts();
        Double mean = summary.meanRating();
        if (counts == null || mean == null) {
            box.add(Texts.empty("Ratings are not shown because everyone gave the same rating: showing it would show each person's rating."));
        } else {
            box.add(new Paragraph(String.format(Locale.UK, "Average usefulness: %.1f out of 5.", mean)));
            UnorderedList ratings = new UnorderedList();
            for (int r = counts.size(); r >= 1; r--) {
                int people = counts.get(r - 1);
                ratings.add(new ListItem(label(r) + ": " + people + (people == 1 ? " person" : " people")));
            }
            box.add(new H3("How useful people found it"), ratings);
        }
        List<String> takeaways = summary.takeaways();
        if (takeaways == null) {
            box.add(Texts.empty("Take-aways are not shown because fewer than " + summary.minGroupSize() + " people wrote one."));
        } else {
            UnorderedList list = new UnorderedList();
            takeaways.forEach(t -> list.add(new ListItem(t)));
            box.add(new H3("What people will take away"), list);
        }
        return box;
    }

    static String label(int rating) {
        return switch (rating) {
            case 1 -> "1 Not useful";
            case 5 -> "5 Very useful";
            default -> String.valueOf(rating);
        };
    }
}
