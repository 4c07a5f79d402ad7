package org.lantern.selfreview.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.people.PeopleService;
import org.lantern.selfreview.SelfReview;
import org.lantern.selfreview.SelfReviewFramework;
import org.lantern.selfreview.SelfReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class TeamRatingsViewTest extends KaribuTest {

    @Autowired
    SelfReviewService reviews;
    @Autowired
    PeopleService people;

    @Test
    @SuppressWarnings("unchecked")
    void evaluatorsSeeTeamsOfFiveStaffAndOnlyTheNameOfSmallerOnes() {
        long ward = people.findTeamByName("Acute Ward Two").orElseThrow().id();
        SelfReview review = reviews.start(account("ward.manager"), ward, "Ward review");
        for (SelfReviewFramework.Indicator i : reviews.framework().indicators()) {
            reviews.rate(account("ward.manager"), review.id(), i.key(), 4, "", "");
        }
        reviews.finalise(account("ward.manager"), review.id());
        String finalised = SelfReviewsView.DAY.format(reviews.detail(account("ward.manager"), review.id()).review().finalisedAt());

        signIn("evaluator");
        assertThat(open("reports/self-review")).isInstanceOf(TeamRatingsView.class);
        Grid<SelfReviewFramework.Indicator> grid = _get(Grid.class);
        List<String> headers = grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
        assertThat(headers).anyMatch(h -> h.startsWith("Community Team North ("));
        assertThat(headers).noneMatch(h -> h.startsWith("Acute Ward Two"));
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Teams not shown");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Acute Ward Two (finalised " + finalised + "): not shown: fewer than 5 team members");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
