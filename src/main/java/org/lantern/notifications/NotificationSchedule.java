package org.lantern.notifications;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * db-scheduler runs the notification work on one Lantern instance at a time (its {@code scheduled_tasks}
 * table, changeset 024b): every minute the survey check then the outbox sender, every hour the required
 * learning and overdue action checks, and the daily digest.
 * The sender's row locks make it safe even if two runs overlap.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSchedule {

    @Bean(destroyMethod = "stop")
    Scheduler notificationScheduler(DataSource dataSource, SurveyNotifications surveys, NotificationSender sender,
                                    TrainingNotifications training, ActionNotifications actions,
                                    @Value("${lantern.notifications.digest-at:17:00}") LocalTime digestAt) {
        RecurringTask<Void> every = Tasks.recurring("notifications-every-minute", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> {
                    surveys.check();
                    sender.sendDue();
                });
        RecurringTask<Void> digest = Tasks.recurring("notifications-daily-digest", Schedules.daily(digestAt))
                .execute((instance, context) -> sender.sendDigests());
        // what is due is decided per day on the application's clock; run hourly so that a restart or a module
        // assigned with a near date is caught within the hour, and each notice is still written once
        RecurringTask<Void> dueDates = Tasks.recurring("notifications-due-dates", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    training.check();
                    actions.checkOverdue();
                });
        return Scheduler.create(dataSource).startTasks(List.of(every, digest, dueDates)).threads(2)
                .pollingInterval(Duration.ofSeconds(15))
                // on shutdown, wait briefly for a run to finish: an e-mail it has not marked sent is sent by the next run
                .shutdownMaxWait(Duration.ofSeconds(10)).build();
    }

    /** Starts once the application is ready (migrated, demo data seeded), not while beans are still being made. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> notificationSchedulerStart(Scheduler notificationScheduler) {
        return event -> notificationScheduler.start();
    }
}
