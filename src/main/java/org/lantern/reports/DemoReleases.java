package org.lantern.reports;

import org.lantern.base.demo.DemoData;
import org.springframework.stereotype.Component;

import java.util.Set;

/** The demo evaluator releases the finished demo programme, so the evaluation report has figures to show. */
@Component
class DemoReleases extends DemoData {

    private final ReleaseService releases;

    DemoReleases(ReleaseService releases) {
        super("report-releases", 45);
        this.releases = releases;
    }

    @Override
    public void seed() {
        try {
            releases.release("evaluator", "recovery-practice-2026", "before", "after", Set.of(), null);
        } catch (ReportException e) {
            if (e.kind() != ReportException.Kind.NOT_FOUND) {
                throw e;
            }
            // no demo programme (its survey is not in the content folder): nothing to release
        }
    }
}
