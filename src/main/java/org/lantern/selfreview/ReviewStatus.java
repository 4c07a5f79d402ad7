package org.lantern.selfreview;

/** Whether a self-review is still open or finalised. Stored as text in {@code self_review.status}. */
enum ReviewStatus {
    DRAFT("draft"), FINAL("final");

    private final String key;

    ReviewStatus(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static ReviewStatus fromKey(String key) {
        for (ReviewStatus s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown self-review status " + key);
    }
}
