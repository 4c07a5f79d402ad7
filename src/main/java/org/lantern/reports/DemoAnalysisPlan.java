package org.lantern.reports;

import lombok.RequiredArgsConstructor;

import org.lantern.audit.AuditService;
import org.lantern.base.demo.DemoData;
import org.lantern.base.demo.DemoFeature;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.surveys.Programme;
import org.lantern.surveys.Programmes;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The demo evaluator's analysis plan for the finished demo programme, locked (as it would have been) the week before
 * its after survey opened, so the report leads with a primary outcome. The plan goes through the service, with a
 * clock set to that day: the same checks and audit entries as a plan made at the time.
 */
@DemoFeature(value = "analysis-plan", order = 44)
@RequiredArgsConstructor
class DemoAnalysisPlan implements DemoData {

    private final Programmes programmes;
    private final AnalysisPlanRepository repository;
    private final AuditService audit;
    private final PeopleService people;

    @Override
    public void seed() {
        Programme programme = programmes.programme("recovery-practice-2026").orElse(null);
        if (programme == null || programme.waves().size() < 2) {
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        Clock weekBefore = Clock.fixed(programme.waves().get(1).opens().minusDays(7).atTime(10, 0).atZone(zone).toInstant(), zone);
        AnalysisPlans then = new AnalysisPlans(programmes, repository, audit, weekBefore);
        then.saveAndLock(account("evaluator"), programme.key(), new AnalysisPlan.Draft("after", "hope", "paired-t", 0.05, 0.3,
                "Hope is what the recovery training sets out to change first; a rise of 0.3 points (about a third of a step "
                        + "on the five-point scale) is the smallest change the training team would call worthwhile."));
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
