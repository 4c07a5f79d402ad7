package org.lantern.selfreview;

import lombok.RequiredArgsConstructor;

import org.lantern.base.demo.DemoData;
import org.lantern.base.demo.DemoFeature;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;

/** One finalised self-review for Community Team North, with evidence, ratings and the actions it created. */
@DemoFeature(value = "self-review", order = 60)
@RequiredArgsConstructor
class DemoSelfReview implements DemoData {

    private final SelfReviewService reviews;
    private final PeopleService people;

    @Override
    public void seed() {
        SelfReviewFramework f = reviews.framework();
        long team = people.findTeamByName("Community Team North").orElseThrow().id();
        Account manager = account("manager");
        SelfReview review = reviews.start(manager, team, "Recovery self-review, spring");
        int[] ratings = {3, 3, 2, 2, 2, 3, 2, 1, 3, 2};
        int i = 0;
        for (SelfReviewFramework.Indicator indicator : f.indicators()) {
            int rating = ratings[i++ % ratings.length];
            String develop = rating <= 2 ? switch (indicator.key()) {
                case "positive-risk" -> "Record the benefits of each risk decision, not only the harms, and set review dates.";
                case "carers-involved" -> "Ask each person at review whether they want a carer or family member involved.";
                case "lived-experience" -> "Invite people who use the service to help plan our next team away day.";
                default -> "Agree one small change at the next team meeting and check it after a month.";
            } : "";
            reviews.rate(manager, review.id(), indicator.key(), rating,
                    rating >= 3 ? "Most plans we looked at showed this, and people told us so." : "We found a few good examples.", develop);
        }
        reviews.addEvidence(account("staff"), review.id(), f.indicators().getFirst().key(), f.sources().get(1).key(),
                "Six of the ten plans we read had goals in the person's own words.");
        reviews.addEvidence(account("amira.k"), review.id(), f.indicators().getFirst().key(), f.sources().get(3).key(),
                "Two people told us the goal on their plan was one staff had suggested.");
        reviews.finalise(manager, review.id());
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
