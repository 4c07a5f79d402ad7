package org.lantern;

import org.lantern.audit.AuditVerifyCommand;
import org.lantern.base.backup.BackupCommand;
import org.lantern.base.startup.StartupSteps;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Lantern: embedded PostgreSQL (unless an external one is configured), Vaadin UI and JSON API. */
@SpringBootApplication(proxyBeanMethods = false)
@ConfigurationPropertiesScan
public class LanternApplication {

    public static void main(String[] args) {
        if (BackupCommand.requested(args)) {
            System.exit(BackupCommand.run(args));
        }
        if (AuditVerifyCommand.requested(args)) {
            System.exit(AuditVerifyCommand.run(args));
        }
        SpringApplication application = new SpringApplication(LanternApplication.class);
        StartupSteps.recordIfAsked(application);
        application.run(args);
    }
}
