package org.lantern.base.startup;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The slowest start-up steps are ranked by their own time, less the steps inside them. */
class StartupStepsTest {

    @Test
    void aStepIsRankedByItsOwnTimeNotByTheStepsInsideIt() throws Exception {
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100);
        startup.startRecording();
        StartupStep outer = startup.start("outer");
        StartupStep inner = startup.start("inner").tag("beanName", "slowBean");
        Thread.sleep(400);
        inner.end();
        Thread.sleep(5);
        outer.end();

        // found by name, not by place: how long the outer step's own few milliseconds take depends on the machine
        List<String> lines = List.of(StartupSteps.slowest(startup.getBufferedTimeline(), 5).split("\n"));
        String innerLine = lines.stream().filter(l -> l.contains("inner beanName=slowBean")).findFirst().orElseThrow();
        String outerLine = lines.stream().filter(l -> l.contains(" outer")).findFirst().orElseThrow();

        assertThat(lines.indexOf(innerLine)).as("the inner step, slowest by its own time, comes first").isZero();
        assertThat(lines.indexOf(outerLine)).isPositive();
        double[] outerTimes = times(outerLine);
        assertThat(outerTimes[0]).as("the outer step's own time, without the inner one").isLessThan(times(innerLine)[0]);
        assertThat(outerTimes[1]).as("the outer step's total time, with the inner one").isGreaterThanOrEqualTo(400);
    }

    /** Own and total milliseconds of a line ("   8.7 ms own   408.1 ms total  name tags"). */
    private static double[] times(String line) {
        String[] words = line.trim().split("\\s+");
        return new double[]{Double.parseDouble(words[0]), Double.parseDouble(words[3])};
    }
}
