package org.lantern.base.startup;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

import static org.assertj.core.api.Assertions.assertThat;

/** The slowest start-up steps are ranked by their own time, less the steps inside them. */
class StartupStepsTest {

    @Test
    void aStepIsRankedByItsOwnTimeNotByTheStepsInsideIt() throws Exception {
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100);
        startup.startRecording();
        startup.start("warm-up").end();
        StartupStep outer = startup.start("outer");
        StartupStep inner = startup.start("inner").tag("beanName", "slowBean");
        Thread.sleep(400);
        inner.end();
        Thread.sleep(5);
        outer.end();

        String[] lines = StartupSteps.slowest(startup.getBufferedTimeline(), 2).split("\n");

        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("inner beanName=slowBean");
        assertThat(lines[1]).contains("outer");
        double outerOwn = Double.parseDouble(lines[1].trim().split(" ")[0]);
        assertThat(outerOwn).as("the outer step without the inner one").isLessThan(400);
    }
}
