package org.lantern.people;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Imports people from a CSV export of an HR or rostering system (README "Importing people"): first a
 * plan of what would change, then the same file applied in one transaction. Applying the same file
 * again changes nothing. Leavers are disabled, never deleted; disabling ends their sessions (the
 * account's session version, see {@link AccountSessions}). The import never gives, removes or
 * disables administrator rights. New accounts get no usable password.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PeopleImport {

    /** The largest file taken, in bytes. */
    public static final int MAX_BYTES = PeopleCsv.MAX_BYTES;

    private final PeopleRepository people;
    private final PeopleImportRepository repository;
    private final PeopleWriter writer;
    private final ApplicationEventPublisher events;

    /**
     * What importing the file would change, without writing anything.
     *
     * @param by the signed-in administrator
     * @throws PeopleException when the file as a whole cannot be used (not UTF-8, a column missing, too big)
     */
    @Transactional(readOnly = true)
    public ImportPlan plan(Account by, byte[] csv, ImportOptions options) {
        requireAdmin(by);
        return planner(options).plan(PeopleCsv.parse(csv)).plan();
    }

    /**
     * Imports the file: works the plan out again on what Lantern has now and writes it in one
     * transaction; lines with a problem are left out and reported. Recorded in the audit trail with
     * the counts and who imported (never the file).
     *
     * @param by the signed-in administrator
     * @throws PeopleException when the file as a whole cannot be used; nothing is written then
     */
    @Transactional
    public ImportPlan apply(Account by, byte[] csv, ImportOptions options) {
        requireAdmin(by);
        PeopleCsv.Parsed file = PeopleCsv.parse(csv);
        repository.lock();
        ImportPlanner.Planned planned = planner(options).plan(file);
        writer.write(planned);
        ImportPlan plan = planned.plan();
        ImportPlan applied = new ImportPlan(plan.people(), plan.rejected(), plan.teamsToCreate(), plan.ignoredColumns(), true);
        events.publishEvent(new AccountChanged(by.username(), "People imported from a file: " + applied.summary()
                + (applied.teamsToCreate().isEmpty() ? "" : "; teams created: " + String.join(", ", applied.teamsToCreate()))));
        return applied;
    }

    private ImportPlanner planner(ImportOptions options) {
        return new ImportPlanner(new ImportPlanner.Current(people.findAll(), repository.emails(), repository.erased(),
                people.findTeams()), options);
    }

    private static void requireAdmin(Account by) {
        if (!by.enabled() || !by.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators can import people.");
        }
    }
}
