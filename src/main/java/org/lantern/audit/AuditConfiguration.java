package org.lantern.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled work: the daily {@link RetentionPurge}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {
}
