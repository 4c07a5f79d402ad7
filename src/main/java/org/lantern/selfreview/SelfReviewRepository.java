package org.lantern.selfreview;

import lombok.RequiredArgsConstructor;

import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.lantern.people.Directory;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.lantern.db.Tables.SELF_REVIEW;
import static org.lantern.db.Tables.SELF_REVIEW_EVIDENCE;
import static org.lantern.db.Tables.SELF_REVIEW_RATING;
import static org.lantern.base.database.StoredEnums.lowerCaseNames;

/** jOOQ access to self-reviews, ratings and evidence. */
@Repository
@RequiredArgsConstructor
class SelfReviewRepository {

    /** {@code self_review.status}. */
    static final Converter<String, ReviewStatus> STATUS =
            lowerCaseNames(ReviewStatus.class);
    private static final String DRAFT = STATUS.to(ReviewStatus.DRAFT);
    private static final String FINAL = STATUS.to(ReviewStatus.FINAL);

    private final DSLContext db;
    private final Clock clock;
    private final Directory directory;

    long insert(long teamId, String title, long by) {
        return db.insertInto(SELF_REVIEW, SELF_REVIEW.TEAM_ID, SELF_REVIEW.TITLE, SELF_REVIEW.STARTED_BY)
                .values(teamId, title, by).returning(SELF_REVIEW.ID).fetchOne(SELF_REVIEW.ID);
    }

    boolean hasDraft(long teamId) {
        return db.fetchExists(SELF_REVIEW, SELF_REVIEW.TEAM_ID.eq(teamId).and(SELF_REVIEW.STATUS.eq(DRAFT)));
    }

    List<SelfReview> reviews(Collection<Long> teamIds) {
        List<SelfReview> reviews = db.select(SELF_REVIEW.ID, SELF_REVIEW.TEAM_ID, SELF_REVIEW.TITLE, SELF_REVIEW.STATUS.convert(STATUS),
                        SELF_REVIEW.STARTED_AT, SELF_REVIEW.FINALISED_AT)
                .from(SELF_REVIEW)
                .where(SELF_REVIEW.TEAM_ID.in(teamIds)).orderBy(SELF_REVIEW.STARTED_AT.desc(), SELF_REVIEW.ID.desc())
                .fetch(Records.mapping((id, teamId, title, status, startedAt, finalisedAt) ->
                        new SelfReview(id, teamId, "", title, status == ReviewStatus.FINAL, startedAt.toInstant(),
                                finalisedAt == null ? null : finalisedAt.toInstant(), Map.of())));
        if (reviews.isEmpty()) {
            return reviews;
        }
        // team names from people, in one query for the whole list
        Map<Long, String> teams = directory.teamNames(reviews.stream().map(SelfReview::teamId).collect(Collectors.toSet()));
        Map<Long, Map<String, SelfReview.Rating>> ratings = new HashMap<>();
        db.selectFrom(SELF_REVIEW_RATING).where(SELF_REVIEW_RATING.REVIEW_ID.in(reviews.stream().map(SelfReview::id).toList()))
                .forEach(r -> ratings.computeIfAbsent(r.getReviewId(), k -> new HashMap<>())
                        .put(r.getIndicatorKey(), new SelfReview.Rating(r.getRating(), r.getStrengths(), r.getToDevelop())));
        return reviews.stream().map(r -> new SelfReview(r.id(), r.teamId(), teams.getOrDefault(r.teamId(), ""), r.title(), r.finalised(), r.startedAt(),
                r.finalisedAt(), Map.copyOf(ratings.getOrDefault(r.id(), Map.of())))).toList();
    }

    Optional<SelfReview> review(long id) {
        Optional<Long> team = db.select(SELF_REVIEW.TEAM_ID).from(SELF_REVIEW).where(SELF_REVIEW.ID.eq(id)).fetchOptional(SELF_REVIEW.TEAM_ID);
        return team.flatMap(t -> reviews(List.of(t)).stream().filter(r -> r.id() == id).findFirst());
    }

    void saveRating(long reviewId, String indicator, Integer rating, String strengths, String toDevelop, long by) {
        db.insertInto(SELF_REVIEW_RATING, SELF_REVIEW_RATING.REVIEW_ID, SELF_REVIEW_RATING.INDICATOR_KEY, SELF_REVIEW_RATING.RATING,
                        SELF_REVIEW_RATING.STRENGTHS, SELF_REVIEW_RATING.TO_DEVELOP, SELF_REVIEW_RATING.UPDATED_BY)
                .values(reviewId, indicator, rating, strengths, toDevelop, by)
                .onConflict(SELF_REVIEW_RATING.REVIEW_ID, SELF_REVIEW_RATING.INDICATOR_KEY).doUpdate()
                .set(SELF_REVIEW_RATING.RATING, rating).set(SELF_REVIEW_RATING.STRENGTHS, strengths)
                .set(SELF_REVIEW_RATING.TO_DEVELOP, toDevelop).set(SELF_REVIEW_RATING.UPDATED_BY, by)
                .set(SELF_REVIEW_RATING.UPDATED_AT, OffsetDateTime.now(clock)).execute();
    }

    void addEvidence(long reviewId, String indicator, String source, String note, long by) {
        db.insertInto(SELF_REVIEW_EVIDENCE, SELF_REVIEW_EVIDENCE.REVIEW_ID, SELF_REVIEW_EVIDENCE.INDICATOR_KEY,
                SELF_REVIEW_EVIDENCE.SOURCE_KEY, SELF_REVIEW_EVIDENCE.NOTE, SELF_REVIEW_EVIDENCE.ACCOUNT_ID)
                .values(reviewId, indicator, source, note, by).execute();
    }

    List<SelfReview.Evidence> evidence(long reviewId) {
        record Row(long id, String indicator, String source, String note, @Nullable Long by, OffsetDateTime at) {
        }
        List<Row> rows = db.select(SELF_REVIEW_EVIDENCE.ID, SELF_REVIEW_EVIDENCE.INDICATOR_KEY, SELF_REVIEW_EVIDENCE.SOURCE_KEY,
                        SELF_REVIEW_EVIDENCE.NOTE, SELF_REVIEW_EVIDENCE.ACCOUNT_ID, SELF_REVIEW_EVIDENCE.CREATED_AT)
                .from(SELF_REVIEW_EVIDENCE)
                .where(SELF_REVIEW_EVIDENCE.REVIEW_ID.eq(reviewId)).orderBy(SELF_REVIEW_EVIDENCE.CREATED_AT, SELF_REVIEW_EVIDENCE.ID)
                .fetch(Records.mapping(Row::new));
        // names from people, in one query for the whole list
        Map<Long, String> names = directory.displayNames(rows.stream().map(Row::by).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream().map(r -> new SelfReview.Evidence(r.id(), r.indicator(), r.source(), r.note(),
                r.by() == null ? "A former member" : names.getOrDefault(r.by(), "A former member"), r.at().toInstant())).toList();
    }

    /** Marks a draft final, with how many staff the team has now; 0 when it was already finalised. */
    int finalise(long reviewId, long by, int staff) {
        return db.update(SELF_REVIEW).set(SELF_REVIEW.STATUS, FINAL).set(SELF_REVIEW.FINALISED_BY, by)
                .set(SELF_REVIEW.FINALISED_AT, OffsetDateTime.now(clock)).set(SELF_REVIEW.STAFF_AT_FINALISE, staff)
                .where(SELF_REVIEW.ID.eq(reviewId)).and(SELF_REVIEW.STATUS.eq(DRAFT)).execute();
    }

    /** All teams that have a finalised review. */
    List<Long> teamsWithFinalReviews() {
        return db.selectDistinct(SELF_REVIEW.TEAM_ID).from(SELF_REVIEW).where(SELF_REVIEW.STATUS.eq(FINAL)).fetch(SELF_REVIEW.TEAM_ID);
    }

    /** How many staff each team had when these reviews were finalised. */
    Map<Long, Integer> staffAtFinalise(Collection<Long> reviewIds) {
        return db.select(SELF_REVIEW.ID, SELF_REVIEW.STAFF_AT_FINALISE).from(SELF_REVIEW)
                .where(SELF_REVIEW.ID.in(reviewIds)).and(SELF_REVIEW.STAFF_AT_FINALISE.isNotNull())
                .fetchMap(SELF_REVIEW.ID, SELF_REVIEW.STAFF_AT_FINALISE);
    }

    // --- personal data ("Download my data" and erasure) ---

    List<SelfReviewPersonalData.Added> evidenceAddedBy(long accountId) {
        return db.select(SELF_REVIEW_EVIDENCE.CREATED_AT, SELF_REVIEW.TEAM_ID, SELF_REVIEW.TITLE, SELF_REVIEW_EVIDENCE.INDICATOR_KEY,
                        SELF_REVIEW_EVIDENCE.SOURCE_KEY, SELF_REVIEW_EVIDENCE.NOTE)
                .from(SELF_REVIEW_EVIDENCE)
                .join(SELF_REVIEW).on(SELF_REVIEW.ID.eq(SELF_REVIEW_EVIDENCE.REVIEW_ID))
                .where(SELF_REVIEW_EVIDENCE.ACCOUNT_ID.eq(accountId)).orderBy(SELF_REVIEW_EVIDENCE.CREATED_AT, SELF_REVIEW_EVIDENCE.ID)
                .fetch(Records.mapping(SelfReviewPersonalData.Added::new));
    }
}
