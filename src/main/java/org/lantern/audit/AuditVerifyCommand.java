package org.lantern.audit;

import org.lantern.base.database.DatabaseOnly;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;






import org.springframework.context.ConfigurableApplicationContext;



import javax.sql.DataSource;
import java.util.Arrays;

/**
 * Lantern's audit verification mode: {@code --lantern.audit.verify} on the jar (or {@code spring-boot:run})
 * checks the audit trail's hash chain against the configured database (embedded or external), logs the
 * result and exits, like the backup and restore modes: 0 when intact, 2 when an entry was changed,
 * removed or added out of turn (the first broken entry is logged), 1 when it could not check.
 */
public final class AuditVerifyCommand {

    private static final Logger log = LoggerFactory.getLogger(AuditVerifyCommand.class);
    static final String VERIFY = "lantern.audit.verify";

    private AuditVerifyCommand() {
    }

    /** Whether the arguments ask for a verification instead of running Lantern. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals("--" + VERIFY) || a.startsWith("--" + VERIFY + "="))
                || System.getProperty(VERIFY) != null;
    }

    /** Runs the verification; returns the process exit code. */
    public static int run(String[] args) {
        try (ConfigurableApplicationContext context = DatabaseOnly.start(args)) {
            DataSource dataSource = context.getBean(DataSource.class);
            long started = System.nanoTime();
            AuditChainCheck check = DSL.using(dataSource, SQLDialect.POSTGRES).transactionResult(configuration -> {
                var db = DSL.using(configuration);
                // one snapshot: entries written meanwhile by a running Lantern (external database) do not count
                db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                return AuditChainVerifier.verify(new AuditChainRepository(db));
            });
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (check.intact()) {
                log.info("{} Newest entry: number {} in writing order, hash {} ({} ms).", check.message(),
                        check.headSeq(), check.headHash(), ms);
                return 0;
            }
            log.error("{} First broken entry: {}. Checked {} entries in {} ms.", check.message(),
                    check.firstBrokenId() == null ? "none (the newest entries are missing)" : check.firstBrokenId(),
                    check.entries(), ms);
            return 2;
        } catch (RuntimeException e) {
            log.error("Could not check the audit trail: {}", e.getMessage());
            return 1;
        }
    }

}
