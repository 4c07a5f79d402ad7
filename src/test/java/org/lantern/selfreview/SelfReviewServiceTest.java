package org.lantern.selfreview;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.people.TestTeams;
import org.lantern.actions.ActionOrigin;
import org.lantern.actions.ActionPoint;
import org.lantern.actions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LanternTest
@Transactional
class SelfReviewServiceTest {

    @Autowired
    SelfReviewService reviews;
    @Autowired
    Actions actions;
    @Autowired
    PeopleService people;

    private long north() {
        return people.findTeamByName("Community Team North").orElseThrow().id();
    }

    @Test
    void theShippedFrameworkHasTenIndicatorsAndSixSources() throws Exception {
        SelfReviewFramework f = SelfReviewContent.parse(Files.readString(Path.of("content/self-review/indicators.yaml")));
        assertThat(f.indicators()).hasSize(10);
        assertThat(f.sources()).hasSize(6);
        assertThat(f.indicators()).extracting(SelfReviewFramework.Indicator::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void theDemoReviewIsFinalAndItsAreasToDevelopBecameActions() {
        List<SelfReview> list = reviews.reviews(account("staff"), north()).stream().filter(r -> r.title().equals("Recovery self-review, spring")).toList();
        assertThat(list).singleElement().satisfies(r -> assertThat(r.finalised()).isTrue());
        List<ActionPoint> fromReview = actions.actions(account("staff"), north()).stream().filter(a -> a.origin() == ActionOrigin.SELF_REVIEW).toList();
        assertThat(fromReview).isNotEmpty().allSatisfy(a -> {
            assertThat(a.ownerName()).isEqualTo("The team");
            assertThat(a.due()).isNotNull();
        });
        assertThatThrownBy(() -> reviews.rate(account("manager"), list.getFirst().id(), "hope", 4, "", ""))
                .hasMessage("This review is finalised and can no longer be changed.");
    }

    @Test
    void membersContributeAndOnlyTheManagerFinalisesACompleteReview() {
        SelfReview review = reviews.start(account("manager"), north(), "Autumn review");
        assertThatThrownBy(() -> reviews.start(account("manager"), north(), "Another")).hasMessage("This team already has a review in progress. Finish it first.");
        assertThatThrownBy(() -> reviews.start(account("staff"), north(), "Mine")).hasMessage("Only the team's manager can do this.");

        reviews.addEvidence(account("staff"), review.id(), "hope", "people", "People said staff talk about their future.");
        assertThatThrownBy(() -> reviews.addEvidence(account("staff"), review.id(), "hope", "gossip", "x")).hasMessage("Choose where the evidence comes from.");
        reviews.rate(account("amira.k"), review.id(), "hope", 3, "Stories of recovery shared in team meetings", "Share more peer stories");
        assertThatThrownBy(() -> reviews.rate(account("staff"), review.id(), "hope", 9, "", "")).hasMessage("Choose a rating on the scale.");
        assertThat(reviews.detail(account("staff"), review.id()).evidence()).extracting(SelfReview.Evidence::by).containsExactly("Sam Staff");

        assertThatThrownBy(() -> reviews.finalise(account("manager"), review.id())).hasMessageStartingWith("Rate every indicator before finalising");
        for (SelfReviewFramework.Indicator i : reviews.framework().indicators()) {
            if (!i.key().equals("hope")) {
                reviews.rate(account("manager"), review.id(), i.key(), 4, "", "");
            }
        }
        assertThatThrownBy(() -> reviews.finalise(account("staff"), review.id())).hasMessage("Only the team's manager can do this.");
        List<ActionPoint> created = reviews.finalise(account("manager"), review.id());
        assertThat(created).singleElement().satisfies(a -> {
            assertThat(a.description()).isEqualTo("Staff convey hope: Share more peer stories");
            assertThat(a.origin()).isEqualTo(ActionOrigin.SELF_REVIEW);
        });
        assertThat(reviews.finalisedReviews(account("staff"), north())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void otherTeamsCannotSeeAndEvaluatorsSeeTeamRatingsOnly() {
        long id = reviews.reviews(account("staff"), north()).getFirst().id();
        assertThatThrownBy(() -> reviews.detail(account("ben.o"), id)).hasMessage("That review could not be found.");
        assertThatThrownBy(() -> reviews.detail(account("ward.manager"), id)).hasMessage("That review could not be found.");
        assertThatThrownBy(() -> reviews.reviews(account("evaluator"), north())).hasMessage("You can only see self-reviews of your own teams.");
        List<TeamRatings> latest = reviews.latestTeamRatings(account("evaluator"));
        assertThat(latest).filteredOn(r -> r.teamName().equals("Community Team North")).singleElement().satisfies(r -> {
            assertThat(r.shown()).as("five staff members when its review was finalised").isTrue();
            assertThat(r.ratings()).hasSize(10).containsEntry("hope", 3);
        });
        assertThatThrownBy(() -> reviews.latestTeamRatings(account("manager"))).hasMessage("Your account is not allowed to do this.");
    }

    // --- small teams --------------------------------------------------------------------------------

    private void finaliseReview(String manager, long teamId) {
        SelfReview review = reviews.start(account(manager), teamId, "Small team review");
        for (SelfReviewFramework.Indicator i : reviews.framework().indicators()) {
            reviews.rate(account(manager), review.id(), i.key(), 2, "", "");
        }
        reviews.finalise(account(manager), review.id());
    }

    private TeamRatings ratingsOf(String user, String team) {
        return reviews.latestTeamRatings(account(user)).stream().filter(r -> r.teamName().equals(team)).findFirst().orElseThrow();
    }

    @Test
    void aTeamWithFewerStaffThanTheMinimumGroupSizeIsListedWithoutItsRatings() {
        long ward = people.findTeamByName("Acute Ward Two").orElseThrow().id();
        assertThat(people.teamStaff(ward)).as("demo ward: four staff and a manager").hasSize(4);
        finaliseReview("ward.manager", ward);
        for (String reader : List.of("evaluator", "admin")) {
            TeamRatings small = ratingsOf(reader, "Acute Ward Two");
            assertThat(small.shown()).isFalse();
            assertThat(small.ratings()).isEmpty();
            assertThat(small.finalisedAt()).isNotNull();
            assertThat(ratingsOf(reader, "Community Team North").shown()).isTrue();
        }
    }

    @Test
    void whatCountsIsTheTeamsStaffWhenTheReviewWasFinalisedNotManagersOrLaterChanges() {
        TestTeams.TestTeam growing = TestTeams.create(people, "growing", 4);
        finaliseReview(growing.manager(), growing.id());
        assertThat(ratingsOf("evaluator", "growing team").shown()).as("four staff and a manager are not five staff").isFalse();
        people.createDemoAccounts(List.of(new NewAccount("growing.s5", "growing Staff 5", "demo", EnumSet.of(Role.STAFF),
                Set.of(growing.id()), Set.of())));
        assertThat(ratingsOf("evaluator", "growing team").shown()).as("joining later does not reveal the review").isFalse();

        TestTeams.TestTeam shrinking = TestTeams.create(people, "shrinking", 5);
        finaliseReview(shrinking.manager(), shrinking.id());
        assertThat(ratingsOf("evaluator", "shrinking team").ratings()).hasSize(10).containsEntry("hope", 2);
        Account leaver = people.findByUsername("shrinking.s5").orElseThrow();
        people.updateAccount(leaver.id(), leaver.displayName(), false, leaver.roles(), Set.of(), Set.of());
        assertThat(ratingsOf("evaluator", "shrinking team").shown()).as("the review had five staff when it was finalised").isTrue();
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
