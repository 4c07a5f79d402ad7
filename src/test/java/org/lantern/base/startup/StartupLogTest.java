package org.lantern.base.startup;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared test context started with an empty data folder and the demo data, like a first start. */
@LanternTest
class StartupLogTest {

    @Autowired
    StartupPhases phases;

    @Test
    void theStartIsPrintedInOneLineWithEveryPhase() {
        assertThat(phases.printed()).matches("Started in \\d+\\.\\d s: " + String.join(", ",
                StartupPhases.PHASES.stream().map(phase -> phase + " \\d+\\.\\d").toList()));
    }

    @Test
    void everyStepOfTheStartWasTimed() {
        for (String phase : List.of(StartupPhases.SPRING, StartupPhases.DATABASE, StartupPhases.LIQUIBASE,
                StartupPhases.CONTENT, StartupPhases.INDEX, StartupPhases.VAADIN, StartupPhases.DEMO)) {
            assertThat(phases.measured(phase)).as(phase).isPositive();
        }
    }
}
