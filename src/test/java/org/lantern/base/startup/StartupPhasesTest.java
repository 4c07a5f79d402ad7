package org.lantern.base.startup;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class StartupPhasesTest {

    @Test
    void aStepInsideAnotherCountsOnlyForItself() throws InterruptedException {
        StartupPhases phases = new StartupPhases();
        phases.time(StartupPhases.SPRING, () -> {
            Thread.sleep(50);
            phases.time(StartupPhases.DATABASE, () -> {
                Thread.sleep(200);
                return null;
            });
            Thread.sleep(50);
            return null;
        });

        assertThat(phases.measured(StartupPhases.DATABASE)).isBetween(Duration.ofMillis(200), Duration.ofMillis(300));
        assertThat(phases.measured(StartupPhases.SPRING)).isBetween(Duration.ofMillis(100), Duration.ofMillis(190));
    }

    @Test
    void theLineNamesEveryPhaseAndWhatIsLeftIsOther() {
        StartupPhases phases = new StartupPhases();
        phases.begin(StartupPhases.CONTENT);
        phases.end(StartupPhases.CONTENT);

        String line = phases.line(Duration.ofMillis(400), Duration.ofMillis(5_700));

        assertThat(line).startsWith("Started in 6.1 s: jvm 0.4, spring 0.0, database 0.0, liquibase 0.0, content 0.0,")
                .endsWith("demo 0.0, other 5.7");
        StartupPhases.PHASES.forEach(phase -> assertThat(line).contains(phase + " "));
    }

    @Test
    void anEndWithoutItsBeginIsIgnored() {
        StartupPhases phases = new StartupPhases();
        phases.begin(StartupPhases.SPRING);
        phases.end(StartupPhases.VAADIN);
        phases.end(StartupPhases.SPRING);

        assertThat(phases.measured(StartupPhases.VAADIN)).isZero();
        assertThat(phases.measured(StartupPhases.SPRING)).isPositive();
    }
}
