package org.lantern.reports;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.lantern.base.Keyed;

import java.util.Optional;

/** The test an analysis plan names for its primary outcome; the key is what the database and the API store. */
@RequiredArgsConstructor
@Getter
public enum PlanTest implements Keyed {
    PAIRED_T("paired-t", "paired t-test"),
    WILCOXON("wilcoxon", "Wilcoxon signed-rank test");

    private final String key;
    private final String label;

    public static Optional<PlanTest> fromKey(String key) {
        return Keyed.fromKey(PlanTest.class, key);
    }
}
