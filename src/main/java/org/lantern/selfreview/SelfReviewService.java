package org.lantern.selfreview;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.actions.ActionOrigin;
import org.lantern.actions.ActionPoint;
import org.lantern.actions.Actions;
import org.lantern.base.ReportingProperties;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The door to team self-reviews. Team members contribute evidence and views; the team's manager
 * finalises, which turns each "area to develop" into an action in the team's log. Evaluators
 * see the latest finalised team ratings only, never who contributed what, and only for teams with
 * at least {@code lantern.reports.min-group-size} staff members when the review was finalised.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SelfReviewService {

    private final SelfReviewContent content;
    private final SelfReviewRepository repository;
    private final PeopleService people;
    private final Actions actions;
    private final ReportingProperties reporting;
    private final Clock clock;

    /** The indicators, rating scale and evidence sources reviews are made against. */
    public SelfReviewFramework framework() {
        return content.framework().orElseThrow(() -> new SelfReviewException("The self-review indicators are not available."));
    }

    /** A manager starts a review for a team they manage (one open review per team at a time). */
    @Transactional
    public SelfReview start(Account manager, long teamId, String title) {
        requireManager(manager, teamId);
        if (repository.hasDraft(teamId)) {
            throw new SelfReviewException("This team already has a review in progress. Finish it first.");
        }
        String name = title == null || title.isBlank() ? "Recovery self-review " + LocalDate.now(clock).getYear() : title.strip();
        if (name.length() > 200) {
            throw new SelfReviewException("Titles are at most 200 characters.");
        }
        return repository.review(repository.insert(teamId, name, manager.id())).orElseThrow();
    }

    /** A team's reviews, newest first, for its members. */
    @Transactional(readOnly = true)
    public List<SelfReview> reviews(Account account, long teamId) {
        requireMember(account, teamId);
        return repository.reviews(List.of(teamId));
    }

    /** One review with its evidence, and whether this person may finalise it now. */
    @Transactional(readOnly = true)
    public SelfReview.Detail detail(Account account, long reviewId) {
        SelfReview review = visible(account, reviewId);
        return new SelfReview.Detail(review, repository.evidence(reviewId), account.manages(review.teamId()) && !review.finalised());
    }

    /** Any team member adds evidence from one of the six sources while the review is open. */
    @Transactional
    public void addEvidence(Account account, long reviewId, String indicatorKey, String sourceKey, String note) {
        SelfReview review = openReview(account, reviewId);
        SelfReviewFramework f = framework();
        f.indicator(indicatorKey).orElseThrow(() -> new SelfReviewException("Unknown indicator."));
        if (f.sources().stream().noneMatch(s -> s.key().equals(sourceKey))) {
            throw new SelfReviewException("Choose where the evidence comes from.");
        }
        if (note == null || note.isBlank()) {
            throw new SelfReviewException("Write the evidence you found.");
        }
        if (note.length() > 2000) {
            throw new SelfReviewException("Evidence notes are at most 2000 characters.");
        }
        repository.addEvidence(review.id(), indicatorKey, sourceKey, note.strip(), account.id());
    }

    /** Any team member records the team's rating, strengths and areas to develop for an indicator. */
    @Transactional
    public void rate(Account account, long reviewId, String indicatorKey, Integer rating, String strengths, String toDevelop) {
        SelfReview review = openReview(account, reviewId);
        SelfReviewFramework f = framework();
        f.indicator(indicatorKey).orElseThrow(() -> new SelfReviewException("Unknown indicator."));
        if (rating != null && f.level(rating).isEmpty()) {
            throw new SelfReviewException("Choose a rating on the scale.");
        }
        String s = strengths == null ? "" : strengths.strip();
        String d = toDevelop == null ? "" : toDevelop.strip();
        if (s.length() > 5000 || d.length() > 5000) {
            throw new SelfReviewException("Each text is at most 5000 characters.");
        }
        repository.saveRating(review.id(), indicatorKey, rating, s, d, account.id());
    }

    /**
     * The manager finalises the review. Every indicator needs a rating; each area to develop
     * becomes an action owned by the team, due in three months.
     */
    @Transactional
    public List<ActionPoint> finalise(Account manager, long reviewId) {
        SelfReview review = openReview(manager, reviewId);
        requireManager(manager, review.teamId());
        SelfReviewFramework f = framework();
        List<String> missing = f.indicators().stream().filter(i -> review.ratings().get(i.key()) == null
                || review.ratings().get(i.key()).rating() == null).map(i -> String.valueOf(i.number())).toList();
        if (!missing.isEmpty()) {
            throw new SelfReviewException("Rate every indicator before finalising (still to rate: " + String.join(", ", missing) + ").");
        }
        if (repository.finalise(reviewId, manager.id(), people.teamStaff(review.teamId()).size()) == 0) {
            throw new SelfReviewException("This review has already been finalised.");
        }
        List<ActionPoint> created = new ArrayList<>();
        LocalDate due = LocalDate.now(clock).plusMonths(3);
        for (SelfReviewFramework.Indicator indicator : f.indicators()) {
            String develop = review.ratings().get(indicator.key()).toDevelop();
            if (!develop.isBlank()) {
                String text = indicator.title() + ": " + develop;
                created.add(actions.add(manager, review.teamId(), text.length() > 1000 ? text.substring(0, 997) + "..." : text,
                        null, due, ActionOrigin.SELF_REVIEW, reviewId));
            }
        }
        return created;
    }

    /**
     * The latest finalised ratings of every team that has one, for evaluators: the team's agreed
     * ratings only. A team's ratings are shown only when it had at least
     * {@code lantern.reports.min-group-size} staff members when that review was finalised (the
     * count is kept with the review, so later changes to the team neither hide nor reveal it);
     * smaller teams are listed as not shown. Nothing here totals ratings across teams, so a hidden
     * team cannot be worked out by subtraction; anything that adds such a total must also hide a
     * second team whenever exactly one is hidden, as the evaluation report does.
     */
    @Transactional(readOnly = true)
    public List<TeamRatings> latestTeamRatings(Account account) {
        if (!account.hasRole(Role.EVALUATOR) && !account.hasRole(Role.ADMIN)) {
            throw new SelfReviewException("Your account is not allowed to do this.");
        }
        List<Long> teams = repository.teamsWithFinalReviews();
        if (teams.isEmpty()) {
            return List.of();
        }
        List<SelfReview> latest = repository.reviews(teams).stream().filter(SelfReview::finalised)
                .collect(Collectors.groupingBy(SelfReview::teamId)).values().stream()
                .map(list -> list.stream().max(Comparator.comparing(SelfReview::finalisedAt)).orElseThrow())
                .sorted(Comparator.comparing(SelfReview::teamName)).toList();
        Map<Long, Integer> staff = repository.staffAtFinalise(latest.stream().map(SelfReview::id).toList());
        return latest.stream().map(r -> {
            boolean shown = staff.getOrDefault(r.id(), 0) >= reporting.minGroupSize();
            Map<String, Integer> ratings = new HashMap<>();
            if (shown) {
                r.ratings().forEach((key, rating) -> {
                    if (rating.rating() != null) {
                        ratings.put(key, rating.rating());
                    }
                });
            }
            return new TeamRatings(r.teamId(), r.teamName(), r.finalisedAt(), shown, Map.copyOf(ratings));
        }).toList();
    }

    private SelfReview visible(Account account, long reviewId) {
        SelfReview review = repository.review(reviewId).orElseThrow(() -> new SelfReviewException("That review could not be found."));
        if (!account.belongsTo(review.teamId())) {
            throw new SelfReviewException("That review could not be found.");
        }
        return review;
    }

    private SelfReview openReview(Account account, long reviewId) {
        SelfReview review = visible(account, reviewId);
        if (review.finalised()) {
            throw new SelfReviewException("This review is finalised and can no longer be changed.");
        }
        return review;
    }

    private static void requireManager(Account account, long teamId) {
        if (!account.manages(teamId)) {
            throw new SelfReviewException("Only the team's manager can do this.");
        }
    }

    private static void requireMember(Account account, long teamId) {
        if (!account.belongsTo(teamId)) {
            throw new SelfReviewException("You can only see self-reviews of your own teams.");
        }
    }

    /** For the change chart: a team's finalised reviews, oldest first. */
    @Transactional(readOnly = true)
    public List<SelfReview> finalisedReviews(Account account, long teamId) {
        return reviews(account, teamId).stream().filter(SelfReview::finalised)
                .sorted(Comparator.comparing(SelfReview::finalisedAt)).toList();
    }

    static Optional<Integer> rating(SelfReview review, String indicatorKey) {
        return Optional.ofNullable(review.ratings().get(indicatorKey)).map(SelfReview.Rating::rating);
    }
}
