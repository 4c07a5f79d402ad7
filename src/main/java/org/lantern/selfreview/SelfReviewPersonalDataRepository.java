package org.lantern.selfreview;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.jooq.Records.mapping;
import static org.lantern.db.Tables.SELF_REVIEW;
import static org.lantern.db.Tables.SELF_REVIEW_EVIDENCE;

/** jOOQ reads of the self-review evidence one person added, for {@link SelfReviewPersonalData}. */
@Repository
class SelfReviewPersonalDataRepository {

    private final DSLContext db;

    SelfReviewPersonalDataRepository(DSLContext db) {
        this.db = db;
    }

    List<SelfReviewPersonalData.Added> evidence(long accountId) {
        return db.select(SELF_REVIEW_EVIDENCE.CREATED_AT, SELF_REVIEW.TEAM_ID, SELF_REVIEW.TITLE, SELF_REVIEW_EVIDENCE.INDICATOR_KEY,
                        SELF_REVIEW_EVIDENCE.SOURCE_KEY, SELF_REVIEW_EVIDENCE.NOTE)
                .from(SELF_REVIEW_EVIDENCE)
                .join(SELF_REVIEW).on(SELF_REVIEW.ID.eq(SELF_REVIEW_EVIDENCE.REVIEW_ID))
                .where(SELF_REVIEW_EVIDENCE.ACCOUNT_ID.eq(accountId)).orderBy(SELF_REVIEW_EVIDENCE.CREATED_AT, SELF_REVIEW_EVIDENCE.ID)
                .fetch(mapping(SelfReviewPersonalData.Added::new));
    }
}
