package org.lantern.audit;

import org.jspecify.annotations.Nullable;
import org.lantern.base.export.CsvCells;
import org.lantern.base.security.SecurityContexts;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The door to the audit trail. Features call {@link #record} for what must be accountable; only
 * administrators read it. Entries are never changed or deleted, except by the retention purge.
 * Details are short descriptions: never survey answers, journal text or passwords. The database
 * chains every entry to the one before it by hash, which {@link #verifyChain} checks.
 */
@Service
public class AuditService {

    /** The name recorded for work Lantern does by itself (retention purge, start-up). */
    public static final String SYSTEM = "system";
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_INSTANT;

    private final AuditRepository repository;
    private final AuditChainRepository chain;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;
    private final PeopleService people;
    private final SecurityContexts contexts;

    AuditService(AuditRepository repository, AuditChainRepository chain, PlatformTransactionManager transactions,
                 PeopleService people, Clock clock, SecurityContexts contexts) {
        this.repository = repository;
        this.contexts = contexts;
        this.people = people;
        this.chain = chain;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Records something the signed-in person did, from the address of the current request.
     *
     * @param detail a short description, e.g. "Journal (PDF)"; cut to 1000 characters
     */
    public void record(AuditEventType type, String detail) {
        record(currentUsername(), type, detail);
    }

    /** Records something a named person did (or {@link #SYSTEM}), from the current request's address if any. */
    public void record(String username, AuditEventType type, String detail) {
        record(username, type.key(), detail, ClientAddress.current());
    }

    /**
     * Records an event with every part given. Joins the caller's transaction so an action and its entry
     * commit together; inside a read-only transaction (an export) the entry gets its own.
     */
    void record(String username, String typeKey, String detail, @Nullable String clientIp) {
        Instant at = clock.instant();
        String who = ClientAddress.clip(username.isBlank() ? "(none)" : username.strip(), 200);
        String what = ClientAddress.clip(detail.strip(), 1000);
        Long accountId = people.idOfExactUsername(who).orElse(null);
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            separateTransaction.executeWithoutResult(s -> repository.insert(at, accountId, who, typeKey, what, clientIp));
        } else {
            repository.insert(at, accountId, who, typeKey, what, clientIp);
        }
    }

    /**
     * One page of entries matching the filter, newest first.
     *
     * @throws AccessDeniedException unless the person is an administrator
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(Account admin, AuditFilter filter, int offset, int limit) {
        requireAdmin(admin);
        return repository.page(filter, offset, Math.min(limit, 500));
    }

    /** How many entries match the filter; for administrators only. */
    @Transactional(readOnly = true)
    public int count(Account admin, AuditFilter filter) {
        requireAdmin(admin);
        return repository.count(filter);
    }

    /** Refuses anyone but an enabled administrator: the trail says who did what, so only they may read it. */
    void requireAdmin(Account admin) {
        // read again: an administrator disabled or demoted since signing in is refused at once
        if (people.findById(admin.id()).filter(a -> a.enabled() && a.hasRole(Role.ADMIN)).isEmpty()) {
            throw new AccessDeniedException("Only administrators can do this.");
        }
    }

    /**
     * Every matching entry as CSV (UTF-8, header row, newest first). Cells starting with
     * {@code = + - @}, a tab or a carriage return get a leading {@code '} so spreadsheets show them
     * as text instead of running them as formulas. Downloading it is itself audited.
     *
     * @throws AccessDeniedException unless the person is an administrator
     */
    @Transactional(readOnly = true)
    public byte[] csv(Account admin, AuditFilter filter) {
        requireAdmin(admin);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            out.print("when,username,account_id,event,detail,client_ip\r\n");
            repository.forEach(filter, e -> out.print(String.join(",",
                    csvCell(CSV_TIME.format(e.at().atOffset(ZoneOffset.UTC))), csvCell(e.username()),
                    csvCell(e.accountId() == null ? "" : e.accountId().toString()), csvCell(e.eventType()),
                    csvCell(e.detail()), csvCell(e.clientIp() == null ? "" : e.clientIp())) + "\r\n"));
        }
        record(admin.username(), AuditEventType.EXPORT, "Audit trail (CSV)" + describe(filter));
        return bytes.toByteArray();
    }

    /**
     * Removes the oldest entries, up to the first not older than the cutoff, keeping the chain
     * verifiable from the oldest kept entry; only the retention purge calls this.
     */
    @Transactional
    int purgeOlderThan(Instant cutoff) {
        return chain.purgeOlderThan(cutoff);
    }

    /**
     * Checks the hash chain over the whole trail (one consistent snapshot) and records that it was
     * checked and what was found.
     *
     * @throws AccessDeniedException unless the person is an administrator
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditChainCheck verifyChain(Account admin) {
        requireAdmin(admin);
        AuditChainCheck check = AuditChainVerifier.verify(chain);
        record(admin.username(), AuditEventType.AUDIT_VERIFIED, (check.intact() ? "Intact: " : "Broken: ")
                + (check.firstBrokenId() == null ? "" : "first broken entry " + check.firstBrokenId() + "; ")
                + check.entries() + " entries checked, head " + check.headSeq() + " " + check.headHash());
        return check;
    }

    /** A CSV cell that spreadsheets cannot run as a formula, quoted when needed. */
    static String csvCell(String value) {
        String text = CsvCells.guard(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String describe(AuditFilter filter) {
        StringBuilder text = new StringBuilder();
        if (filter.person() != null && !filter.person().isBlank()) {
            text.append(" person=").append(filter.person().strip());
        }
        if (filter.type() != null) {
            text.append(" type=").append(filter.type().key());
        }
        if (filter.from() != null) {
            text.append(" from=").append(filter.from());
        }
        if (filter.to() != null) {
            text.append(" to=").append(filter.to());
        }
        return text.isEmpty() ? "" : ":" + text;
    }

    private String currentUsername() {
        Authentication authentication = contexts.authentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        if (authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return "(anonymous)";
        }
        return authentication.getPrincipal() instanceof UserDetails user ? user.getUsername() : authentication.getName();
    }
}
