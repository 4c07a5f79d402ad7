package org.lantern.audit;

import org.lantern.base.security.Account;
import org.lantern.surveys.Programmes;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.stories.Audience;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryDraft;
import org.lantern.stories.StoryLibrary;
import org.lantern.stories.StoryModeration;
import org.lantern.stories.StoryWriting;
import org.lantern.surveys.PseudonymKey;
import org.lantern.surveys.SurveyAnswering;
import org.lantern.surveys.SurveyDataRights;
import org.lantern.training.TrainingService;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.lantern.training.tools.ToolService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.JOURNAL_ENTRY;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.STORY;

/** "Download my data" holds everything about the person and nobody else; erasure removes it as promised. */
@LanternTest
class DataRightsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    DataRightsService dataRights;
    @Autowired
    Programmes programmes;
    @Autowired
    AuditService audit;
    @Autowired
    PeopleService people;
    @Autowired
    JournalService journal;
    @Autowired
    ToolService tools;
    @Autowired
    TrainingService training;
    @Autowired
    StoryLibrary library;
    @Autowired
    StoryWriting writing;
    @Autowired
    StoryModeration moderation;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    SurveyDataRights surveyDataRights;
    @Autowired
    PseudonymKey pseudonymKey;
    @Autowired
    DSLContext db;
    @Autowired
    org.lantern.actions.Actions actions;
    @Autowired
    org.lantern.selfreview.SelfReviewService selfReviews;

    /** A person with something in every area; returns their user name. */
    private String personWithData(String username, String secret) {
        people.createAccount(new NewAccount(username, "Rights " + secret, PASSWORD, EnumSet.of(Role.STAFF), Set.of(), Set.of()));
        journal.add(account(username), "Entry " + secret, "Journal text " + secret, null, JournalSource.free());
        tools.save(account(username), "risk-decision", null, "Tool " + secret, Map.of("goal", "Goal " + secret));
        var module = training.modules().getFirst();
        training.markDone(account(username), module.key(), module.lessons().getFirst().key());
        writing.saveDraft(account(username), null, story("Draft " + secret));
        String programme = SurveyFixture.programmeFor(people, programmes, username);
        answering.startOrResume(account(username), programme, "before");
        answering.saveAnswer(account(username), programme, "before", "comments", "Survey answer " + secret);
        answering.submit(account(username), programme, "before");
        answering.startOrResume(account(username), programme, "after");
        answering.saveAnswer(account(username), programme, "after", "hope-1", "2");
        return username;
    }

    private static StoryDraft story(String title) {
        return new StoryDraft(title, "A short summary about a garden.",
                "This is a story about a garden and what the team learned from it. We sat down together, talked "
                        + "about what mattered to her, and wrote a plan in her own words. It took longer, but it was her plan.",
                List.of("recovery", "hope"), "supported-living", "support-worker");
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void myDataHoldsEverythingAboutThePersonAndNothingAboutAnyoneElse() throws Exception {
        String mine = personWithData("rights-mine", "Amber");
        personWithData("rights-other", "Violet");

        Map<String, String> files = unzip(dataRights.myData(people.findByUsername(mine).orElseThrow()));

        assertThat(files.keySet()).containsExactly("README.md", "profile.json", "training.json", "journal.json",
                "saved-tools.json", "stories.json", "surveys.json", "actions.json", "sessions-attended.json",
                "action-updates.json", "self-review-evidence.json", "audit-trail.json", "notifications.json",
                "notification-settings.json", "calendar-link.json", "journal.md",
                "training-progress.csv", "check-attempts.csv", "survey-answers.csv", "actions.csv",
                "action-updates.csv", "self-review-evidence.csv", "audit-trail.csv");
        JsonNode profile = JSON.readTree(files.get("profile.json"));
        assertThat(profile.get("username").asString()).isEqualTo(mine);
        assertThat(profile.get("roles").get(0).asString()).isEqualTo("staff");
        assertThat(profile.get("teams").get(0).get("team").asString()).startsWith("Privacy Team ");
        assertThat(files.get("journal.json")).contains("Journal text Amber");
        assertThat(files.get("journal.md")).contains("## Entry Amber", "Journal text Amber");
        assertThat(files.get("saved-tools.json")).contains("Goal Amber");
        assertThat(JSON.readTree(files.get("training.json")).get("lessonsDone")).hasSize(1);
        assertThat(files.get("stories.json")).contains("Draft Amber");
        JsonNode survey = JSON.readTree(files.get("surveys.json")).get(0);
        assertThat(survey.get("participantCode").asString()).matches("L-[A-Z2-9]{12}");
        assertThat(survey.get("responses")).hasSize(2);
        // found through the keyed link; days only, never the time of answering
        assertThat(survey.get("responses").get(0).get("status").asString()).isEqualTo("submitted");
        assertThat(survey.get("responses").get(0).get("submittedOn").asString()).isEqualTo(java.time.LocalDate.now().toString());
        assertThat(survey.get("responses").get(1).get("status").asString()).isEqualTo("draft");
        assertThat(survey.get("responses").get(1).get("startedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(files.get("survey-answers.csv")).contains("Survey answer Amber");
        assertThat(files.get("README.md")).contains("# Your data in Lantern", "Rights Amber");

        String everything = String.join("\n", files.values());
        assertThat(everything).doesNotContain("Violet", "rights-other");
        assertThat(audit.search(account("admin"), new AuditFilter(mine, AuditEventType.DATA_RIGHTS, null, null), 0, 10))
                .extracting(AuditEntry::detail).anySatisfy(d -> assertThat(d).startsWith("Downloaded own data (ZIP"));
    }

    /**
     * Issue 15, "Database and audit": "Download my data" holds the person's own audit entries (those recorded
     * under their account, failed sign-ins without the address), the updates they wrote on team actions and
     * the self-review evidence they added; a team mate's updates, evidence and entries stay out.
     */
    @Test
    void myDataHoldsTheirAuditEntriesActionUpdatesAndSelfReviewEvidence() throws Exception {
        long n = System.nanoTime() % 1_000_000;
        long team = people.createTeam("Rights Writers " + n, null).id();
        String lead = "rights-lead-" + n;
        String mine = "rights-writer-" + n;
        String other = "rights-peer-" + n;
        people.createAccount(new NewAccount(lead, "Lead " + n, PASSWORD, EnumSet.of(Role.STAFF, Role.MANAGER), Set.of(), Set.of(team)));
        people.createAccount(new NewAccount(mine, "Writer Amber", PASSWORD, EnumSet.of(Role.STAFF), Set.of(team), Set.of()));
        people.createAccount(new NewAccount(other, "Peer Violet", PASSWORD, EnumSet.of(Role.STAFF), Set.of(team), Set.of()));

        var action = actions.add(account(lead), team, "Ring the housing office " + n, null, null, org.lantern.actions.ActionOrigin.DIRECT, null);
        actions.updateStatus(account(mine), action.id(), org.lantern.actions.ActionStatus.IN_PROGRESS, "Update Amber: rang twice");
        actions.updateStatus(account(other), action.id(), org.lantern.actions.ActionStatus.IN_PROGRESS, "Update Violet: left a message");
        var review = selfReviews.start(account(lead), team, "Review " + n);
        var framework = selfReviews.framework();
        String indicator = framework.indicators().getFirst().key();
        String source = framework.sources().getFirst().key();
        selfReviews.addEvidence(account(mine), review.id(), indicator, source, "Evidence Amber: plans in people's own words");
        selfReviews.addEvidence(account(other), review.id(), indicator, source, "Evidence Violet: a carers' meeting");
        Http http = new Http(port);
        assertThat(http.api("/api/me", mine, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(http.api("/api/me", mine, "not the password").statusCode()).isEqualTo(401);
        assertThat(http.api("/api/me", other, PASSWORD).statusCode()).isEqualTo(200);

        Map<String, String> files = unzip(dataRights.myData(people.findByUsername(mine).orElseThrow()));

        JsonNode updates = JSON.readTree(files.get("action-updates.json"));
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).get("note").asString()).isEqualTo("Update Amber: rang twice");
        assertThat(updates.get(0).get("action").asString()).isEqualTo("Ring the housing office " + n);
        assertThat(updates.get(0).get("newStatus").asString()).isEqualTo("in_progress");
        assertThat(files.get("action-updates.csv")).contains("Update Amber: rang twice");

        JsonNode evidence = JSON.readTree(files.get("self-review-evidence.json"));
        assertThat(evidence).hasSize(1);
        assertThat(evidence.get(0).get("note").asString()).isEqualTo("Evidence Amber: plans in people's own words");
        assertThat(evidence.get(0).get("review").asString()).isEqualTo("Review " + n);
        assertThat(files.get("self-review-evidence.csv")).contains("Evidence Amber");

        JsonNode trail = JSON.readTree(files.get("audit-trail.json"));
        List<JsonNode> entries = new java.util.ArrayList<>();
        trail.forEach(entries::add);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("event").asString()).isEqualTo("sign-in");
            assertThat(e.get("detail").asString()).isEqualTo("Signed in: API (HTTP Basic)");
            assertThat(e.get("clientIp").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("event").asString()).isEqualTo("sign-in-failed");
            assertThat(e.get("clientIp").isNull()).as("the address of a failed sign-in may be someone else's").isTrue();
        });
        assertThat(files.get("audit-trail.csv")).contains("Signed in: API (HTTP Basic)");
        assertThat(files.get("README.md")).contains("## Updates you wrote on team actions", "## Self-review evidence you added",
                "## Audit trail entries under your account");

        String everything = String.join("\n", files.values());
        assertThat(everything).doesNotContain("Violet", other);
    }

    @Test
    void theApiGivesTheCallerTheirOwnDataOnly() throws Exception {
        String mine = personWithData("rights-api", "Coral");
        Http http = new Http(port);
        HttpResponse<byte[]> response = http.api("/api/me/data", mine, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("attachment; filename=\"lantern-my-data-"));
        assertThat(unzip(response.body()).get("journal.json")).contains("Journal text Coral");

        HttpResponse<byte[]> staff = http.api("/api/me/data", "staff", "demo");
        assertThat(new String(staff.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Coral");
        assertThat(http.api("/api/me/data", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void erasureRemovesPersonalDataKeepsUnlinkableAnswersAndPublishedStories() throws Exception {
        String user = personWithData("rights-erase", "Sienna");
        long id = people.findByUsername(user).orElseThrow().id();
        PracticeStory published = writing.submit(account(user), null, story("Published by Sienna"), true);
        moderation.approve(account("editor"), published.id(), "");
        writing.consentToPublish(account(user), published.id(), EnumSet.of(Audience.LIBRARY));
        PracticeStory inReview = writing.submit(account(user), null, story("In review by Sienna"), true);
        long programme = db.select(PROGRAMME.ID).from(PROGRAMME).where(PROGRAMME.KEY.eq("privacy-" + id)).fetchSingle().value1();
        byte[] link = pseudonymKey.link(programme, id);
        long participant = db.select(PARTICIPANT.ID).from(PARTICIPANT).where(PARTICIPANT.LINK.eq(link)).fetchSingle().value1();

        assertThatThrownBy(() -> dataRights.erase(account("manager"), id, "rights-erase"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> dataRights.erase(account("admin"), id, "rights-eras"))
                .isInstanceOf(DataRightsException.class).hasMessage("Type the user name 'rights-erase' exactly to confirm.");
        assertThat(people.findByUsername(user)).isPresent();

        var result = dataRights.erase(account("admin"), id, " rights-erase ");

        assertThat(result.summary()).contains("1 journal entries", "1 published stories kept");
        var account = people.findById(id).orElseThrow();
        assertThat(account.username()).isEqualTo("erased-" + id);
        assertThat(account.displayName()).isEqualTo("Erased account");
        assertThat(account.enabled()).isFalse();
        assertThat(account.roles()).isEmpty();
        assertThat(account.teams()).isEmpty();
        assertThat(db.fetchExists(ACCOUNT, ACCOUNT.ID.eq(id).and(ACCOUNT.ERASED_AT.isNotNull()))).isTrue();
        assertThat(db.fetchCount(JOURNAL_ENTRY, JOURNAL_ENTRY.ACCOUNT_ID.eq(id))).isZero();
        assertThat(tools.saved(account("erased-" + id), "risk-decision")).isEmpty();
        assertThat(training.progress(account("erased-" + id))).allSatisfy(p -> assertThat(p.started()).isFalse());

        // survey: the link is gone, the submitted answers stay under the random code, the draft is deleted
        assertThat(result.summary()).contains("1 survey links and 1 unsubmitted survey responses deleted");
        assertThat(db.fetchCount(PARTICIPANT, PARTICIPANT.LINK.eq(link))).isZero();
        // overwritten with random bytes rather than emptied, so that it does not mark an erased account
        assertThat(db.select(PARTICIPANT.LINK).from(PARTICIPANT).where(PARTICIPANT.ID.eq(participant)).fetchSingle().value1())
                .hasSize(32).isNotEqualTo(link);
        assertThat(surveyDataRights.myAnswers(id)).isEmpty();
        assertThat(db.select(RESPONSE.STATUS).from(RESPONSE).where(RESPONSE.PARTICIPANT_ID.eq(participant)).fetch(RESPONSE.STATUS))
                .containsExactly("submitted");
        assertThat(db.fetchCount(ANSWER.join(RESPONSE).on(RESPONSE.ID.eq(ANSWER.RESPONSE_ID)),
                RESPONSE.PARTICIPANT_ID.eq(participant).and(ANSWER.VALUE_TEXT.eq("Survey answer Sienna")))).isEqualTo(1);
        assertThat(db.fetchExists(PARTICIPANT, PARTICIPANT.ID.eq(participant).and(PARTICIPANT.PROGRAMME_ID.eq(programme)))).isTrue();

        // stories: the published one stays without its author, the one in review is withdrawn, the draft is gone
        assertThat(db.select(STORY.STATUS, STORY.AUTHOR_ID).from(STORY).where(STORY.ID.eq(published.id())).fetchSingle())
                .satisfies(r -> {
                    assertThat(r.value1()).isEqualTo("published");
                    assertThat(r.value2()).isNull();
                });
        assertThat(db.select(STORY.STATUS).from(STORY).where(STORY.ID.eq(inReview.id())).fetchSingle().value1()).isEqualTo("withdrawn");
        assertThat(db.fetchExists(STORY, STORY.TITLE.eq("Draft Sienna"))).isFalse();
        assertThat(library.search(org.lantern.stories.search.StorySearchRequest.of("Published by Sienna")).hits())
                .extracting(h -> h.slug()).contains(published.slug());

        // cannot sign in any more, under either name
        Http http = new Http(port);
        assertThat(http.api("/api/me", user, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(http.api("/api/me", "erased-" + id, PASSWORD).statusCode()).isEqualTo(401);

        assertThat(audit.search(account("admin"), new AuditFilter("admin", AuditEventType.DATA_RIGHTS, null, null), 0, 20))
                .extracting(AuditEntry::detail).anySatisfy(d -> assertThat(d).startsWith("Erased account " + id + ":"));
        assertThatThrownBy(() -> dataRights.erase(account("admin"), id, "erased-" + id)).hasMessage("This account has already been erased.");
        assertThatThrownBy(() -> dataRights.erase(account("admin"), people.findByUsername("admin").orElseThrow().id(), "admin"))
                .hasMessage("You cannot erase your own account. Ask another administrator.");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
