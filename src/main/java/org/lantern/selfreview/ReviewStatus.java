package org.lantern.selfreview;

/** Whether a self-review is still open or finalised. Stored as its name in lower case in {@code self_review.status}. */
enum ReviewStatus {
    DRAFT, FINAL
}
