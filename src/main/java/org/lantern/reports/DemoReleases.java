package org.lantern.reports;

import lombok.RequiredArgsConstructor;

import org.lantern.base.demo.DemoData;
import org.lantern.base.demo.DemoFeature;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;

import java.util.Set;

/** The demo evaluator releases the finished demo programme, so the evaluation report has figures to show. */
@DemoFeature(value = "report-releases", order = 45)
@RequiredArgsConstructor
class DemoReleases implements DemoData {

    private final ReleaseService releases;
    private final PeopleService people;

    @Override
    public void seed() {
        try {
            releases.release(account("evaluator"), "recovery-practice-2026", "before", "after", Set.of(), null);
        } catch (ReportException e) {
            if (e.kind() != ReportException.Kind.NOT_FOUND) {
                throw e;
            }
            // no demo programme (its survey is not in the content folder): nothing to release
        }
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
