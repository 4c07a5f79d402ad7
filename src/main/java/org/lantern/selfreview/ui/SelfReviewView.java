package org.lantern.selfreview.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.RouteId;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.actions.ActionPoint;
import org.lantern.selfreview.SelfReview;
import org.lantern.selfreview.SelfReviewException;
import org.lantern.selfreview.SelfReviewFramework;
import org.lantern.selfreview.SelfReviewService;

import java.util.List;

/** One self-review: for each indicator, evidence from six sources, the team's rating, strengths and areas to develop. */
@Route("self-review/:id")
@PageTitle("Recovery self-review | Lantern")
@RolesAllowed({Role.STAFF_ROLE, Role.MANAGER_ROLE})
public class SelfReviewView extends Div implements BeforeEnterObserver {

    private final SelfReviewService reviews;
    private final Account account;
    private long reviewId;

    SelfReviewView(SelfReviewService reviews, CurrentAccount currentAccount) {
        this.reviews = reviews;
        this.account = currentAccount.require();
        addClassNames("lantern-page", "lantern-reading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            reviewId = RouteId.require(event, "id");
            build(reviews.detail(account, reviewId), null);
        } catch (SelfReviewException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void build(SelfReview.Detail detail, String openIndicator) {
        removeAll();
        SelfReviewFramework f = reviews.framework();
        SelfReview review = detail.review();
        add(new Anchor("self-review", "All self-reviews"), new H1(review.title()));
        add(new Paragraph(review.teamName() + " · " + (review.finalised() ? "finalised " + SelfReviewsView.DAY.format(review.finalisedAt())
                : "in progress: everyone in the team can add evidence and views")));
        UnorderedList scale = new UnorderedList();
        f.scale().forEach(l -> scale.add(new ListItem(l.value() + " " + l.label() + ": " + l.description())));
        add(new Details("The rating scale", scale));
        for (SelfReviewFramework.Indicator indicator : f.indicators()) {
            Details panel = new Details(indicator.number() + ". " + indicator.title() + " · "
                    + SelfReviewsView.label(f, review, indicator.key()), indicatorBody(f, detail, indicator));
            panel.setOpened(indicator.key().equals(openIndicator));
            add(panel);
        }
        if (detail.canFinalise()) {
            Button finalise = new Button("Finalise the review", e -> confirmFinalise());
            finalise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Paragraph how = new Paragraph("Finalising fixes the ratings, and each area to develop becomes an action in the team's log.");
            how.addClassName("lantern-meta");
            add(how, finalise);
        }
    }

    private Component indicatorBody(SelfReviewFramework f, SelfReview.Detail detail, SelfReviewFramework.Indicator indicator) {
        Div body = new Div(new Paragraph(indicator.description()));
        UnorderedList questions = new UnorderedList();
        indicator.questions().forEach(q -> questions.add(new ListItem(q)));
        body.add(new H3("Questions to look for evidence"), questions, new H3("Evidence"));
        List<SelfReview.Evidence> evidence = detail.evidence().stream().filter(e -> e.indicatorKey().equals(indicator.key())).toList();
        if (evidence.isEmpty()) {
            body.add(Texts.empty("No evidence recorded yet."));
        } else {
            UnorderedList list = new UnorderedList();
            evidence.forEach(e -> list.add(new ListItem(f.sources().stream().filter(s -> s.key().equals(e.sourceKey())).findFirst()
                    .map(SelfReviewFramework.Source::title).orElse(e.sourceKey()) + ": " + e.note() + " (" + e.by() + ")")));
            body.add(list);
        }
        SelfReview.Rating rating = detail.review().ratings().get(indicator.key());
        boolean open = !detail.review().finalised();
        if (open) {
            Select<SelfReviewFramework.Source> source = new Select<>();
            source.setLabel("Where the evidence comes from");
            source.setItems(f.sources());
            source.setItemLabelGenerator(SelfReviewFramework.Source::title);
            source.setValue(f.sources().getFirst());
            TextArea note = new TextArea("Evidence");
            note.setWidthFull();
            note.setMaxLength(2000);
            note.setHelperText("Describe what you found. Do not name people using the service or carers.");
            Button add = new Button("Add evidence", e -> {
                try {
                    reviews.addEvidence(account, reviewId, indicator.key(), source.getValue().key(), note.getValue());
                    build(reviews.detail(account, reviewId), indicator.key());
                } catch (SelfReviewException ex) {
                    Notification.show(ex.getMessage());
                }
            });
            body.add(source, note, add);
        }
        body.add(new H3("The team's view"));
        RadioButtonGroup<Integer> value = new RadioButtonGroup<>("Rating for indicator " + indicator.number());
        value.setItems(f.scale().stream().map(SelfReviewFramework.Level::value).toList());
        value.setItemLabelGenerator(v -> v + " " + f.level(v).map(SelfReviewFramework.Level::label).orElse(""));
        TextArea strengths = new TextArea("Strengths we found");
        TextArea develop = new TextArea("Areas to develop (each becomes an action when the review is finalised)");
        strengths.setWidthFull();
        develop.setWidthFull();
        if (rating != null) {
            value.setValue(rating.rating());
            strengths.setValue(rating.strengths());
            develop.setValue(rating.toDevelop());
        }
        value.setReadOnly(!open);
        strengths.setReadOnly(!open);
        develop.setReadOnly(!open);
        body.add(value, strengths, develop);
        if (open) {
            Button save = new Button("Save the team's view", e -> {
                try {
                    reviews.rate(account, reviewId, indicator.key(), value.getValue(), strengths.getValue(), develop.getValue());
                    build(reviews.detail(account, reviewId), indicator.key());
                    Notification.show("Saved.");
                } catch (SelfReviewException ex) {
                    Notification.show(ex.getMessage());
                }
            });
            body.add(save);
        }
        return body;
    }

    private void confirmFinalise() {
        ConfirmDialog dialog = new ConfirmDialog("Finalise the review?",
                "Ratings can no longer be changed, and each area to develop becomes an action in the team's log.",
                "Finalise", e -> {
            try {
                List<ActionPoint> actions = reviews.finalise(account, reviewId);
                build(reviews.detail(account, reviewId), null);
                Notification.show("Review finalised. " + actions.size() + " action(s) added to the team's log.");
            } catch (SelfReviewException ex) {
                Notification.show(ex.getMessage());
            }
        }, "Not yet", e -> { });
        dialog.open();
    }
}
