package org.lantern.people;

import org.lantern.base.security.Role;

import org.lantern.base.security.Account;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.ACCOUNT_ROLE;

/**
 * Issue 15, "API and browser", fourth item: the first-administrator setup page cannot be claimed by
 * whoever reaches it first. Each test uses its own {@link SetupService} (fresh in-memory state, its own
 * clock) against the real database, with the demo administrators' role removed inside the test's
 * transaction, which is rolled back.
 */
@LanternTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class SetupServiceTest {

    @Autowired
    PeopleService people;
    @Autowired
    DSLContext db;

    private final MovingClock clock = new MovingClock();

    private SetupService freshInstallation() {
        db.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ROLE.eq("admin")).execute();
        assertThat(people.needsSetup()).isTrue();
        return new SetupService(people, clock);
    }

    @Test
    void theCodeIsPrintedInTheLogAtStartAndOnlyItCreatesTheAdministrator(CapturedOutput output) {
        SetupService setup = freshInstallation();
        setup.atStart();
        Matcher printed = Pattern.compile("setup code to create the first one:\\s+([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})")
                .matcher(output.getOut() + output.getErr());
        assertThat(printed.find()).as("the code in the log: %s", output).isTrue();
        assertThat(output.toString()).contains("WARN").contains("Lantern has no administrator yet");
        String code = printed.group(1);

        assertThatThrownBy(() -> setup.createFirstAdmin("", "setup.none", "No Code", "a long admin password"))
                .isInstanceOf(PeopleException.class).hasMessageStartingWith("That setup code is not right.");
        assertThatThrownBy(() -> setup.createFirstAdmin("AAAA-BBBB-CCCC", "setup.wrong", "Wrong Code", "a long admin password"))
                .isInstanceOf(PeopleException.class).hasMessageStartingWith("That setup code is not right.");
        assertThat(people.findByUsername("setup.none")).isEmpty();
        assertThat(people.findByUsername("setup.wrong")).isEmpty();

        // a right code with a password that is too short: the code stays usable
        assertThatThrownBy(() -> setup.createFirstAdmin(code, "setup.chief", "Chief", "short"))
                .hasMessageStartingWith("Passwords need at least");
        // typed in lower case and without dashes: still the code
        Account chief = setup.createFirstAdmin(code.toLowerCase().replace("-", " "), "setup.chief", "Chief", "a long admin password");
        assertThat(chief.roles()).contains(Role.ADMIN);
        assertThat(setup.open()).as("the page is gone once an administrator exists").isFalse();
    }

    @Test
    void theCodeWorksOnce() {
        SetupService setup = freshInstallation();
        String code = setup.issue();
        setup.createFirstAdmin(code, "setup.once", "Once", "a long admin password");

        // the administrator is removed again: the old code is not accepted, a new one is printed
        db.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ROLE.eq("admin")).execute();
        assertThatThrownBy(() -> setup.createFirstAdmin(code, "setup.twice", "Twice", "a long admin password"))
                .hasMessageStartingWith("That setup code is not right.");
        assertThat(people.findByUsername("setup.twice")).isEmpty();
        assertThat(setup.open()).isTrue();
    }

    @Test
    void afterAFewWrongCodesEvenTheRightOneWaits() {
        SetupService setup = freshInstallation();
        String code = setup.issue();
        for (int i = 0; i < SetupService.WRONG_CODES_BEFORE_PAUSE; i++) {
            assertThatThrownBy(() -> setup.createFirstAdmin("WRONG-CODE-" + System.nanoTime(), "setup.guess", "Guess",
                    "a long admin password")).hasMessageStartingWith("That setup code is not right.");
        }
        assertThatThrownBy(() -> setup.createFirstAdmin(code, "setup.patient", "Patient", "a long admin password"))
                .hasMessage("Too many wrong setup codes. Try again in 60 seconds.");
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> setup.createFirstAdmin(code, "setup.patient", "Patient", "a long admin password"))
                .hasMessage("Too many wrong setup codes. Try again in 30 seconds.");
        assertThat(people.findByUsername("setup.patient")).isEmpty();

        clock.advance(SetupService.PAUSE);
        assertThat(setup.createFirstAdmin(code, "setup.patient", "Patient", "a long admin password").roles()).contains(Role.ADMIN);
    }

    /** A clock the test moves on by hand. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
