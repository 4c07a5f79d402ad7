package org.lantern.reports.privacy;

import org.lantern.base.security.Account;
import org.lantern.surveys.ResponseImport;
import org.lantern.surveys.SurveyAnswering;
import org.lantern.surveys.Programmes;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.lantern.base.ReportingProperties;
import org.lantern.people.PeopleService;
import org.lantern.reports.ReleaseService;
import org.lantern.reports.ReportService;
import org.lantern.surveys.PseudonymKey;

import org.springframework.beans.factory.annotation.Autowired;

import java.util.function.BiPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/** What every attack test needs: the application's services, a {@link Lab}, and the intruder run as a reader. */
abstract class AttackSupport {

    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    ReleaseService releases;
    @Autowired
    ReportService reports;
    @Autowired
    PeopleService people;
    @Autowired
    PseudonymKey pseudonymKey;
    @Autowired
    DSLContext db;
    @Autowired
    ReportingProperties reporting;

    Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    Lab lab() {
        return new Lab(programmes, responseImport, releases, reports, people, pseudonymKey, db, reporting.minGroupSize());
    }

    int k() {
        return reporting.minGroupSize();
    }

    /**
     * Reads every release and scope of the programme as {@code account} (through the service) and attacks
     * it with the knowledge of {@code knows} (the user name whose imports the intruder holds, or null).
     */
    Intruder.Verdict attack(Cohort cohort, String account, @Nullable String knows) {
        Intruder intruder = new Intruder(cohort, k());
        lab().readAll(new Sightings(intruder, cohort), cohort, account);
        Intruder.Verdict verdict = intruder.attack(knows);
        System.out.println("[" + getClass().getSimpleName() + "] " + cohort.key + ": " + verdict.describe());
        return verdict;
    }

    /** The positive control: the same intruder against every release as a naive rule would show it. */
    Intruder.Verdict naive(Cohort cohort, BiPredicate<Intruder.Pop, java.util.List<Cohort.Person>> rule, @Nullable String knows) {
        Intruder intruder = new Intruder(cohort, k());
        NaiveRelease naive = new NaiveRelease(intruder, cohort);
        for (int r = 0; r < cohort.releases.size(); r++) {
            naive.show(r, rule);
        }
        Intruder.Verdict verdict = intruder.attack(knows);
        System.out.println("[" + getClass().getSimpleName() + "] naive rule on " + cohort.key + ": " + verdict.describe(4));
        return verdict;
    }

    /** No answer and no count about fewer than k people may be derivable. THE assertion of every attack. */
    static void assertNothingDerivable(Intruder.Verdict verdict) {
        assertThat(verdict.modelErrors()).as("the intruder's equations must hold (its reading of the documentation)").isEmpty();
        assertThat(verdict.findings()).as("LEAK: what the intruder derived from the released figures\n" + verdict.describe()).isEmpty();
    }

    /** The naive rule must leak what the attack is about: proof that the attack has teeth. */
    static void assertLeaks(Intruder.Verdict verdict, Intruder.Type type, String personCode) {
        assertThat(verdict.modelErrors()).isEmpty();
        assertThat(verdict.findings()).as("the naive rule should leak " + personCode + "'s answers\n" + verdict.describe())
                .anySatisfy(f -> {
                    assertThat(f.type()).isEqualTo(type);
                    assertThat(f.people()).contains(personCode);
                });
    }
}
