package org.lantern.base.backup;

import org.lantern.base.database.DatabaseOnly;
import org.lantern.base.LanternProperties;

import org.lantern.base.database.SchemaOwner;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseConnectionDetails;







import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lantern's backup and restore modes: {@code --lantern.backup=<file>} or {@code --lantern.restore=<file>}
 * on the jar (or {@code spring-boot:run}) does that one job against the configured database (embedded
 * or external) and exits, without starting the web server or anything else. Only the database, its
 * migrations and the settings are started, read from the same configuration as a normal run.
 */
public final class BackupCommand {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);
    private static final String BACKUP = "lantern.backup";
    private static final String RESTORE = "lantern.restore";

    private BackupCommand() {
    }

    /** Whether the arguments ask for a backup or restore instead of running Lantern. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.startsWith("--" + BACKUP + "=") || a.startsWith("--" + RESTORE + "="))
                || System.getProperty(BACKUP) != null || System.getProperty(RESTORE) != null;
    }

    /**
     * Runs the requested backup or restore.
     *
     * @return the process exit code: 0 when done, 1 when refused or failed (the reason is logged)
     */
    public static int run(String[] args) {
        try (ConfigurableApplicationContext context = DatabaseOnly.start(args)) {
            Environment env = context.getEnvironment();
            String backup = env.getProperty(BACKUP);
            String restore = env.getProperty(RESTORE);
            if ((backup == null) == (restore == null)) {
                log.error("Give exactly one of --{}=<file> and --{}=<file>.", BACKUP, RESTORE);
                return 1;
            }
            // Liquibase has migrated the database by now: a restore needs the tables, a backup records the changesets
            // a restore writes as the schema's owner: the app role may not write the audit trail back as it was
            DataSource dataSource = backup != null ? context.getBean(DataSource.class) : SchemaOwner.dataSource(
                    context.getBeanProvider(LiquibaseConnectionDetails.class).getIfAvailable(), context.getBean(DataSource.class));
            DatabaseBackup database = new DatabaseBackup(dataSource, context.getBean(Clock.class));
            long started = System.nanoTime();
            if (backup != null) {
                DatabaseBackup.Summary done = database.backup(Path.of(backup));
                log.info("Backup written to {}: {} rows from {} tables, {} bytes, in {} ms", Path.of(backup).toAbsolutePath(),
                        done.totalRows(), done.rowsByTable().size(), done.bytes(), (System.nanoTime() - started) / 1_000_000);
            } else {
                DatabaseBackup.Summary done = database.restore(Path.of(restore));
                Path index = context.getBean(LanternProperties.class).dataDir().resolve("index");
                deleteFolder(index);
                log.info("Restored {} rows into {} tables from {} in {} ms. The search index in {} is rebuilt when "
                                + "Lantern next starts.", done.totalRows(), done.rowsByTable().size(), Path.of(restore).toAbsolutePath(),
                        (System.nanoTime() - started) / 1_000_000, index.toAbsolutePath().normalize());
            }
            return 0;
        } catch (DatabaseBackup.BackupException e) {
            log.error(e.getMessage());
            return 1;
        } catch (IOException e) {
            log.error("The database was restored, but the old search index could not be removed: {}. Delete the folder "
                    + "by hand before starting Lantern.", e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            log.error("Could not start the database for the backup or restore: {}", rootMessage(e));
            return 1;
        }
    }


    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (var walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
