package org.lantern.stories.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.lantern.stories.PersonalDetail;
import org.lantern.stories.StoryChecks;

/** What the de-identification and safeguarding checks found in a story, shown beside the text as people write. */
class StoryChecksPanel extends Div {

    StoryChecksPanel() {
        addClassName("lantern-checks");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(StoryChecks found) {
        removeAll();
        if (found.clean()) {
            Paragraph ok = new Paragraph("No likely personal details found. Read it through once more before sending.");
            ok.addClassName("lantern-done");
            add(ok);
            return;
        }
        if (!found.safeguarding().isEmpty()) {
            Paragraph risk = new Paragraph("Some words suggest someone may be at risk of harm now. If you are worried "
                    + "about someone's safety, use your organisation's safeguarding procedure today; if someone is in "
                    + "immediate danger, call 999. A story like this is held back and an editor will contact you.");
            risk.addClassName("lantern-safeguarding");
            add(risk);
        }
        if (!found.personalDetails().isEmpty()) {
            add(personalDetails(found));
        }
    }

    /** The likely personal details, each with what it is and what to do about it. */
    static Div personalDetails(StoryChecks found) {
        Div box = new Div();
        box.addClassName("lantern-flags");
        Paragraph intro = new Paragraph("Check these: they could identify someone (" + found.personalDetails().size() + ")");
        intro.addClassName("lantern-warning");
        UnorderedList list = new UnorderedList();
        for (PersonalDetail detail : found.personalDetails()) {
            Span kind = new Span(detail.kind().label() + ": ");
            kind.addClassName("lantern-flag-kind");
            list.add(new ListItem(kind, new Span("\u201C" + detail.text() + "\u201D. " + detail.kind().advice())));
        }
        box.add(intro, list);
        return box;
    }
}
