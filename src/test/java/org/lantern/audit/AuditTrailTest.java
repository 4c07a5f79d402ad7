package org.lantern.audit;

import org.lantern.base.security.Account;
import org.lantern.surveys.Programmes;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.lantern.db.Routines;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.reports.ReportService;
import org.lantern.actions.Actions;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryDraft;
import org.lantern.surveys.SurveyAnswering;
import org.lantern.stories.StoryModeration;
import org.lantern.stories.StoryWriting;
import org.lantern.training.TrainingService;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.lantern.training.tools.ToolService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.AUDIT_EVENT;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.STORY;
import static org.lantern.db.Tables.WAVE;

/** The audit trail records each kind of event, and the database keeps it append-only. */
@LanternTest
class AuditTrailTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    org.lantern.base.security.SecurityContexts contexts;
    @Autowired
    AuditService audit;
    @Autowired
    Programmes programmes;
    @Autowired
    AuditRepository repository;
    @Autowired
    RetentionPurge retention;
    @Autowired
    PeopleService people;
    @Autowired
    JournalService journal;
    @Autowired
    ToolService tools;
    @Autowired
    TrainingService training;
    @Autowired
    ReportService reports;
    @Autowired
    Actions actions;
    @Autowired
    StoryWriting writing;
    @Autowired
    StoryModeration moderation;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    DSLContext db;
    @Autowired
    TransactionTemplate transactions;

    private String newStaff(String prefix) {
        String username = prefix + "-" + RUN.incrementAndGet() + "-" + System.nanoTime() % 100000;
        people.createAccount(new NewAccount(username, "Audit Person", "a long enough password", EnumSet.of(Role.STAFF),
                Set.of(), Set.of()));
        return username;
    }

    private List<AuditEntry> entriesFor(String username, AuditEventType type) {
        return audit.search(account("admin"), new AuditFilter(username, type, null, null), 0, 100).stream()
                .filter(e -> e.username().equals(username)).toList();
    }

    @Test
    void apiSignInsSucceedingAndFailingAreRecordedWithWhoAndWhere() throws Exception {
        String user = newStaff("audit-api");
        Http http = new Http(port);
        assertThat(http.api("/api/me", user, "not the password", "X-Forwarded-For", "203.0.113.9").statusCode()).isEqualTo(401);
        assertThat(http.api("/api/me", user, "a long enough password").statusCode()).isEqualTo(200);

        AuditEntry failed = entriesFor(user, AuditEventType.SIGN_IN_FAILED).getFirst();
        assertThat(failed.detail()).isEqualTo("Wrong user name or password: API (HTTP Basic)");
        assertThat(failed.clientIp()).as("X-Forwarded-For is ignored unless forward headers are enabled")
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        AuditEntry signedIn = entriesFor(user, AuditEventType.SIGN_IN).getFirst();
        assertThat(signedIn.accountId()).isEqualTo(people.findByUsername(user).orElseThrow().id());
        assertThat(signedIn.detail()).isEqualTo("Signed in: API (HTTP Basic)");
    }

    @Test
    void signInPageAttemptsAreRecorded() throws Exception {
        String user = newStaff("audit-form");
        Http http = new Http(port);
        HttpResponse<String> wrong = http.signIn(user, "not the password");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        HttpResponse<String> right = http.signIn(user, "a long enough password");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        assertThat(entriesFor(user, AuditEventType.SIGN_IN_FAILED)).extracting(AuditEntry::detail)
                .containsExactly("Wrong user name or password: sign-in page");
        assertThat(entriesFor(user, AuditEventType.SIGN_IN)).extracting(AuditEntry::detail)
                .containsExactly("Signed in: sign-in page");
    }

    @Test
    void exportsAndReportViewsAreRecordedWithoutTheirContent() throws Exception {
        String user = newStaff("audit-export");
        journal.add(account(user), "Private thoughts", "Words nobody else should read", null, JournalSource.free());
        journal.exportPdf(account(user));
        journal.exportMarkdownBytes(account(user));
        var saved = tools.save(account(user), "risk-decision", null, "A tool copy", Map.of("goal", "Walk to the shop."));
        tools.pdf(account(user), saved.id());
        assertThat(entriesFor(user, AuditEventType.EXPORT)).extracting(AuditEntry::detail).containsExactlyInAnyOrder(
                "Own journal (PDF)", "Own journal (Markdown)", "Saved practice tool (PDF): risk-decision copy " + saved.id());
        assertThat(audit.search(account("admin"), new AuditFilter(user, null, null, null), 0, 100))
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain("Words nobody else", "Walk to the shop"));

        // the demo programme's figures were released when the demo data was seeded
        String programme = "recovery-practice-2026";
        assertThat(entriesFor("evaluator", AuditEventType.REPORT_RELEASE)).extracting(AuditEntry::detail)
                .anySatisfy(d -> assertThat(d).startsWith("Released evaluation figures: programme " + programme
                        + ", before to after, release 1"));
        reports.report(account("evaluator"), programme, null, null, null);
        assertThat(entriesFor("evaluator", AuditEventType.REPORT_VIEW)).extracting(AuditEntry::detail)
                .anySatisfy(d -> assertThat(d).startsWith("Evaluation report: programme " + programme + ", before to after, release 1"));

        // the API downloads: the report file and the team action log
        Http http = new Http(port);
        assertThat(http.api("/api/programmes/" + programme + "/report.csv", "evaluator", "demo").statusCode()).isEqualTo(200);
        assertThat(entriesFor("evaluator", AuditEventType.EXPORT)).extracting(AuditEntry::detail)
                .anySatisfy(d -> assertThat(d).startsWith("Evaluation report (CSV, release 1): "));

        long team = people.findByUsername("manager").orElseThrow().managedTeams().getFirst().teamId();
        actions.actionsCsv(account("manager"), team);
        actions.actionsPdf(account("manager"), team);
        assertThat(entriesFor("manager", AuditEventType.EXPORT)).extracting(AuditEntry::detail)
                .contains("Team action log (CSV): team " + team, "Team action log (PDF): team " + team);
    }

    @Test
    void certificatesAreRecorded() {
        String user = newStaff("audit-cert");
        var module = training.modules().getFirst();
        module.lessons().forEach(l -> training.markDone(account(user), module.key(), l.key()));
        var answers = new java.util.HashMap<String, Set<Integer>>();
        training.drawCheck(account(user), module.key()).asked().forEach(q -> answers.put(q.key(), Set.copyOf(q.correctOptions())));
        training.submitCheck(account(user), module.key(), answers);
        training.certificate(account(user), module.key());
        assertThat(entriesFor(user, AuditEventType.EXPORT)).extracting(AuditEntry::detail)
                .containsExactly("Certificate (PDF): module " + module.key());
    }

    @Test
    void moderationDecisionsAndAccountChangesAreRecorded() {
        String author = newStaff("audit-author");
        PracticeStory story = writing.submit(account(author), null, new StoryDraft("The allotment", "A short summary about an allotment.",
                "This is a story about an allotment and what the team learned from it. We sat down together, talked "
                        + "about what mattered to him, and wrote a plan in his own words. It took longer, but it was his plan.",
                List.of("recovery", "hope"), "supported-living", "support-worker"), true);
        moderation.requestChanges(account("editor"), story.id(), "Please say more about the plan.");
        assertThat(entriesFor("editor", AuditEventType.STORY_DECISION)).extracting(AuditEntry::detail)
                .contains("Story " + story.id() + ": changes requested");

        long id = people.findByUsername(author).orElseThrow().id();
        // the application's own holder, as a request would fill it (another Lantern in this JVM replaces the global one)
        contexts.strategy().getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_admin")));
        try {
            people.updateAccount(id, "Audit Person", true, EnumSet.of(Role.STAFF, Role.EDITOR), Set.of(), Set.of());
        } finally {
            contexts.strategy().clearContext();
        }
        assertThat(entriesFor("admin", AuditEventType.ACCOUNT_CHANGE)).extracting(AuditEntry::detail)
                .contains("Account changed from '" + author + "' [roles: staff; teams: ; can sign in: yes] to '" + author
                        + "' [roles: editor, staff; teams: ; can sign in: yes]");
    }

    /**
     * Issue 15, "Database and audit": Lantern's own connections (the app role) may only add to the trail
     * and read it; changing, deleting, emptying it or switching its protection off is refused by
     * PostgreSQL's privileges, not only by a trigger the connection could disable.
     */
    @Test
    void theAppRoleCannotChangeDeleteOrUnprotectEntries() {
        audit.record("audit-db", AuditEventType.EXPORT, "Something to keep");
        assertThat(db.fetchValue("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).isEqualTo(false);
        for (Runnable attack : List.<Runnable>of(
                () -> db.update(AUDIT_EVENT).set(AUDIT_EVENT.DETAIL, "Something else").where(AUDIT_EVENT.USERNAME.eq("audit-db")).execute(),
                () -> db.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.USERNAME.eq("audit-db")).execute(),
                () -> db.truncate(AUDIT_EVENT).execute(),
                () -> db.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only_rows"),
                () -> db.execute("ALTER TABLE audit_event DISABLE TRIGGER USER"))) {
            assertThatThrownBy(attack::run).isInstanceOf(DataAccessException.class).rootCause()
                    .satisfies(e -> assertThat(((java.sql.SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.USERNAME.eq("audit-db").and(AUDIT_EVENT.DETAIL.eq("Something to keep"))))
                .isEqualTo(1);
    }

    /**
     * Issue 15, "Database and audit": the switch a restore sets to write released survey answers back
     * ({@code lantern.restoring}) counts only for the schema owner; any role can set it, so for the app
     * role released responses stay frozen.
     */
    @Test
    void theRestoreSwitchDoesNotUnfreezeReleasedResponsesForTheAppRole() {
        // the demo programme's figures were released when the demo data was seeded
        assertThat(db.fetchCount(RESPONSE, Routines.responseFirstRelease(RESPONSE.RELEASED_IN, RESPONSE.LATE, RESPONSE.STATUS, DSL.field(DSL.select(WAVE.RELEASED_IN).from(WAVE).where(WAVE.ID.eq(RESPONSE.WAVE_ID)))).isNotNull())).isPositive();
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
            db.execute("SELECT set_config('lantern.restoring', 'on', true)");
            db.update(RESPONSE).set(RESPONSE.UPDATED_AT, RESPONSE.UPDATED_AT.plus(1)).where(Routines.responseFirstRelease(RESPONSE.RELEASED_IN, RESPONSE.LATE, RESPONSE.STATUS, DSL.field(DSL.select(WAVE.RELEASED_IN).from(WAVE).where(WAVE.ID.eq(RESPONSE.WAVE_ID)))).isNotNull()).execute();
        })).rootCause().hasMessageContaining("part of a released report");
    }

    /** Issue 15, "Database and audit": the hash chain over the running app's trail checks out, for administrators only. */
    @Test
    void administratorsCanVerifyTheChain() {
        audit.record("audit-verify", AuditEventType.EXPORT, "Something to chain");
        assertThatThrownBy(() -> audit.verifyChain(account("staff")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        AuditChainCheck check = audit.verifyChain(account("admin"));
        assertThat(check.intact()).as(check.message()).isTrue();
        assertThat(check.entries()).isPositive();
        assertThat(check.headHash()).hasSize(64);
        assertThat(entriesFor("admin", AuditEventType.AUDIT_VERIFIED)).extracting(AuditEntry::detail)
                .anySatisfy(d -> assertThat(d).startsWith("Intact: ").contains(check.headHash()));
    }

    @Test
    void theRetentionPurgeRemovesOldEntriesAndOldDrafts() {
        Instant now = Instant.now();
        repository.insert(now.minus(800, ChronoUnit.DAYS), null, "audit-old", "export", "Older than two years", null);
        repository.insert(now.minus(400, ChronoUnit.DAYS), null, "audit-old", "export", "Younger than two years", null);
        String author = newStaff("audit-drafts");
        PracticeStory oldDraft = writing.saveDraft(account(author), null, new StoryDraft("Old draft", "", "", List.of(), "", ""));
        PracticeStory newDraft = writing.saveDraft(account(author), null, new StoryDraft("New draft", "", "", List.of(), "", ""));
        db.execute("UPDATE story SET changed_at = now() - interval '400 days' WHERE id = ?", oldDraft.id());
        String programme = SurveyFixture.programmeFor(people, programmes, author);
        answering.startOrResume(account(author), programme, "before");
        answering.saveAnswer(account(author), programme, "before", "hope-1", "4");
        // the fixture's programme is the author's alone, so its participants are theirs
        db.execute("UPDATE response SET updated_at = current_date - 400, started_at = current_date - 400 "
                + "WHERE participant_id IN (SELECT l.id FROM participant l JOIN programme p ON p.id = l.programme_id "
                + "WHERE p.key = ?)", programme);

        RetentionPurge.Result result = retention.purge();

        // the trail is purged from its oldest end (in the order entries were written; AuditChainDatabaseTest
        // dates them at will): these two came after younger entries, so they wait, and the chain still holds
        assertThat(result.auditEntries()).isGreaterThanOrEqualTo(0);
        assertThat(audit.verifyChain(account("admin")).intact()).isTrue();
        assertThat(db.fetchExists(STORY, STORY.ID.eq(oldDraft.id()))).isFalse();
        assertThat(db.fetchExists(STORY, STORY.ID.eq(newDraft.id()))).isTrue();
        assertThat(audit.search(account("admin"), new AuditFilter(AuditService.SYSTEM, AuditEventType.RETENTION_PURGE, LocalDate.now().minusDays(1), null), 0, 10))
                .isNotEmpty();
        assertThat(result.drafts().get("unsubmitted survey responses")).isGreaterThanOrEqualTo(1);
        assertThat(db.fetchCount(RESPONSE, RESPONSE.STATUS.eq("draft").and(RESPONSE.UPDATED_AT.lt(
                LocalDate.now().minusDays(300))))).isZero();
    }

    @Test
    void onlyAdministratorsMayReadOrDownloadTheTrail() {
        for (String user : List.of("staff", "manager", "evaluator", "editor")) {
            assertThatThrownBy(() -> audit.search(account(user), AuditFilter.everything(), 0, 10)).as(user)
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(account(user), AuditFilter.everything())).as(user)
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThatThrownBy(() -> audit.csv(account(user), AuditFilter.everything())).as(user)
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
        assertThat(audit.count(account("admin"), AuditFilter.everything())).isPositive();
    }

    @Test
    void anAdministratorDemotedOrDisabledSinceSigningInIsRefusedAtOnce() {
        Account signedIn = people.createAccount(new NewAccount("audit-demoted", "Demoted Admin", "a long enough password",
                EnumSet.of(Role.ADMIN, Role.STAFF), java.util.Set.of(), java.util.Set.of()));
        assertThat(audit.count(signedIn, AuditFilter.everything())).isPositive();
        people.updateAccount(signedIn.id(), signedIn.displayName(), true, EnumSet.of(Role.STAFF), java.util.Set.of(), java.util.Set.of());
        assertThatThrownBy(() -> audit.count(signedIn, AuditFilter.everything()))
                .as("the session's copy still says administrator; the database does not")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        Account again = people.createAccount(new NewAccount("audit-disabled", "Disabled Admin", "a long enough password",
                EnumSet.of(Role.ADMIN), java.util.Set.of(), java.util.Set.of()));
        people.updateAccount(again.id(), again.displayName(), false, EnumSet.of(Role.ADMIN), java.util.Set.of(), java.util.Set.of());
        assertThatThrownBy(() -> audit.csv(again, AuditFilter.everything()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void csvCellsCannotRunAsFormulas() {
        audit.record("audit-csv", AuditEventType.EXPORT, "=HYPERLINK(\"http://x\"), then more");
        audit.record("audit-csv", AuditEventType.EXPORT, "@SUM(1)");
        String csv = new String(audit.csv(account("admin"), new AuditFilter("audit-csv", null, null, null)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("when,username,account_id,event,detail,client_ip\r\n")
                .contains(",\"'=HYPERLINK(\"\"http://x\"\"), then more\",", ",'@SUM(1),")
                .doesNotContain(",=", ",@");
        assertThat(AuditService.csvCell("-1")).isEqualTo("'-1");
        assertThat(AuditService.csvCell("+1")).isEqualTo("'+1");
        assertThat(AuditService.csvCell("\tx")).isEqualTo("'\tx");
        assertThat(AuditService.csvCell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(AuditService.csvCell("plain")).isEqualTo("plain");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
