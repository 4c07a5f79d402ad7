package org.lantern.reports;

import lombok.RequiredArgsConstructor;

import org.lantern.base.demo.DemoData;
import org.lantern.base.demo.DemoFeature;
import org.lantern.people.PeopleService;

import java.util.Set;

/**
 * The demo evaluator releases the three-wave demo programme (baseline to six-month follow-up), so the evaluation
 * report shows the trend over all waves.
 */
@DemoFeature(value = "report-trend-release", order = 46)
@RequiredArgsConstructor
class DemoTrendRelease implements DemoData {

    static final String PROGRAMME = "recovery-follow-up-2025";

    private final ReleaseService releases;
    private final PeopleService people;

    @Override
    public void seed() {
        try {
            releases.release(people.findByUsername("evaluator").orElseThrow(), PROGRAMME, "baseline", "six-month-follow-up", Set.of(),
                    null);
        } catch (ReportException e) {
            if (e.kind() != ReportException.Kind.NOT_FOUND) {
                throw e;
            }
            // no three-wave demo programme (its survey is not in the content folder): nothing to release
        }
    }
}
