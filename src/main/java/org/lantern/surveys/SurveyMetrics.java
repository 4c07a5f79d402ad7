package org.lantern.surveys;

import lombok.RequiredArgsConstructor;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Survey figures for operators at {@code /actuator/prometheus}: counts only, never who answered. */
@Component
@RequiredArgsConstructor
class SurveyMetrics implements MeterBinder {

    private final ResponseRepository repository;

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("lantern.surveys.submitted", repository, ResponseRepository::countSubmitted)
                .description("Survey responses submitted, all programmes and waves")
                .register(registry);
    }
}
