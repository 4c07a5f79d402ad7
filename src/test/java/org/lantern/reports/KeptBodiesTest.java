package org.lantern.reports;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A report's body is written once per release and view, and a reader never gets another view's body. */
@LanternTest
class KeptBodiesTest {

    @Autowired
    ReportService reports;
    @Autowired
    PeopleService people;

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    private static Supplier<byte[]> counting(AtomicInteger writes, Report report) {
        return () -> {
            writes.incrementAndGet();
            return ("team " + report.team() + ", responses before " + report.release().responsesBefore()).getBytes(StandardCharsets.UTF_8);
        };
    }

    @Test
    void aReleasesBodyIsWrittenOncePerViewAndKeptApart() {
        AtomicInteger writes = new AtomicInteger();
        Report evaluators = reports.report(account("evaluator"), ReportServiceTest.DEMO, null, null, "Community Team North");
        Report managers = reports.report(account("manager"), ReportServiceTest.DEMO, null, null, "Community Team North");
        Report all = reports.report(account("evaluator"), ReportServiceTest.DEMO, null, null, null);

        byte[] first = reports.body(evaluators, "test", counting(writes, evaluators));
        byte[] again = reports.body(reports.report(account("evaluator"), ReportServiceTest.DEMO, null, null, "Community Team North"),
                "test", counting(writes, evaluators));
        assertThat(again).isEqualTo(first);
        assertThat(writes).as("the same release, team and view is written once").hasValue(1);

        String manager = new String(reports.body(managers, "test", counting(writes, managers)), StandardCharsets.UTF_8);
        assertThat(manager).as("a manager never gets the evaluator's body, with the programme's totals")
                .isEqualTo("team Community Team North, responses before 0");
        assertThat(new String(first, StandardCharsets.UTF_8)).isNotEqualTo(manager);
        assertThat(new String(reports.body(all, "test", counting(writes, all)), StandardCharsets.UTF_8)).startsWith("team null");
        assertThat(reports.body(evaluators, "other", counting(writes, evaluators))).isEqualTo(first);
        assertThat(writes).as("another view, team or form is written on its own").hasValue(4);

        first[0] = 'X';
        assertThat(reports.body(evaluators, "test", counting(writes, evaluators))[0]).as("callers get a copy").isEqualTo((byte) 't');
    }
}
