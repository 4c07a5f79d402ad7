package org.lantern.reports;

import org.lantern.base.demo.DemoData;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.springframework.stereotype.Component;

import java.util.Set;

/** The demo evaluator releases the finished demo programme, so the evaluation report has figures to show. */
@Component
class DemoReleases extends DemoData {

    private final ReleaseService releases;
    private final PeopleService people;

    DemoReleases(ReleaseService releases, PeopleService people) {
        super("report-releases", 45);
        this.releases = releases;
        this.people = people;
    }

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
