package org.lantern.audit;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything Lantern holds about one person, as written into "Download my data". Session feedback is
 * not here: it is stored without any link to the person who gave it.
 */
record PersonalData(Profile profile, Training training, List<JournalEntry> journal, List<SavedTool> savedTools,
                    List<Story> stories, List<SurveyTaking> surveys, List<ActionOwned> actions,
                    List<SessionAttended> sessionsAttended, List<ActionUpdateWritten> actionUpdates,
                    List<EvidenceWritten> selfReviewEvidence, List<AuditEntryOfYours> auditTrail) {

    record Profile(long id, String username, String displayName, boolean enabled, OffsetDateTime createdAt,
                   List<String> roles, List<TeamMembership> teams) {
    }

    record TeamMembership(String team, boolean manager) {
    }

    record Training(List<LessonDone> lessonsDone, List<ModuleCompleted> modulesCompleted,
                    List<CheckAttempt> checkAttempts, List<LastPosition> lastPositions) {
    }

    record LessonDone(String module, String lesson, OffsetDateTime doneAt) {
    }

    record ModuleCompleted(String module, String title, int minutes, OffsetDateTime completedAt) {
    }

    record CheckAttempt(String module, OffsetDateTime submittedAt, int correct, int total, int score, boolean passed,
                        JsonNode answers) {
    }

    record LastPosition(String module, String lesson, OffsetDateTime visitedAt) {
    }

    record JournalEntry(long id, String title, String body, String prompt, String sourceType, String sourceRef,
                        String sourceLabel, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record SavedTool(long id, String tool, String title, JsonNode answers, OffsetDateTime createdAt,
                     OffsetDateTime updatedAt) {
    }

    record Story(long id, String slug, String title, String summary, String body, List<String> themes, String setting,
                 String role, String status, String consent, @Nullable OffsetDateTime consentToReviewAt,
                 @Nullable OffsetDateTime consentToPublishAt, List<String> mayBeUsedFor,
                 @Nullable OffsetDateTime withdrawnAt, @Nullable LocalDate publishedOn, OffsetDateTime createdAt,
                 OffsetDateTime changedAt, List<StoryDecision> history) {
    }

    record StoryDecision(OffsetDateTime at, String by, String action, String note) {
    }

    record SurveyTaking(String programme, String programmeTitle, String survey, String participantCode, String team,
                        List<SurveyResponse> responses) {
    }

    /** Dates only: Lantern keeps the day, not the time, with survey answers. */
    record SurveyResponse(String wave, String status, LocalDate startedOn, @Nullable LocalDate submittedOn,
                          List<SurveyAnswer> answers) {
    }

    record SurveyAnswer(String item, @Nullable Integer number, @Nullable String text) {
    }

    record ActionOwned(long id, String team, String description, @Nullable LocalDate due, String status,
                       @Nullable String droppedReason, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record SessionAttended(OffsetDateTime startsAt, String team, String focus) {
    }

    /** An update the person wrote on a team action (a status change, a note, or both). */
    record ActionUpdateWritten(OffsetDateTime at, String team, String action, @Nullable String oldStatus, String newStatus,
                               String note) {
    }

    /** Evidence the person added to a team's self-review. */
    record EvidenceWritten(OffsetDateTime at, String team, String review, String indicator, String source, String note) {
    }

    /**
     * An audit entry recorded under the person's account: what they did, and sign-ins tried with their
     * user name. The address is left out of failed and refused sign-ins, which may have come from
     * someone else.
     */
    record AuditEntryOfYours(OffsetDateTime at, String event, String eventLabel, String detail, @Nullable String clientIp) {
    }
}
