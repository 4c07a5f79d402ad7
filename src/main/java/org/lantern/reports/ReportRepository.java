package org.lantern.reports;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.ACCOUNT_ROLE;
import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.MODULE_COMPLETION;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.TEAM_MEMBER;

/**
 * Read-only jOOQ queries for reports: submitted answers of two waves, aggregated per response in
 * PostgreSQL so that a million answers come back as one row per response, plus small counts.
 */
@Repository
class ReportRepository {

    private static final String SUBMITTED = "submitted";

    private final DSLContext db;

    ReportRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * One submitted response with its participant's team and its agree/disagree answers, as PostgreSQL
     * hands them over fastest: the raw values joined by commas in the order of their question keys, and
     * those keys joined by commas (null when they are exactly the full list, the usual case). Both are
     * null for a response without agree/disagree answers.
     */
    record ResponseRow(long participantId, long teamId, boolean after, @Nullable String values, @Nullable String keys) {
    }

    /**
     * The question keys in the order the database sorts them (its collation), joined by commas: the
     * order of {@link ResponseRow#values()} when {@link ResponseRow#keys()} is null.
     */
    String keyOrder(List<String> itemKeys) {
        return db.select(DSL.field("string_agg(k, ',' ORDER BY k)", String.class))
                .from(DSL.table("unnest({0}) AS t(k)", DSL.val(itemKeys.toArray(String[]::new))))
                .fetchSingle().value1();
    }

    /**
     * Every submitted response of the two waves (which belong to the programme) with its participant's
     * team and its likert answers: one row per response, each response's answers read in key order from
     * the answer key index alone (which carries the value), so a million answers arrive as 50,000 rows.
     */
    List<ResponseRow> submittedResponses(long programmeId, long beforeWave, long afterWave, String keyOrder) {
        var answers = DSL.lateral(DSL.select(
                        DSL.field("string_agg({0}::text, ',' ORDER BY {1})", String.class, ANSWER.VALUE_NUMBER, ANSWER.ITEM_KEY).as("v"),
                        DSL.field("string_agg({0}, ',' ORDER BY {0})", String.class, ANSWER.ITEM_KEY).as("k"))
                .from(ANSWER)
                .where(ANSWER.RESPONSE_ID.eq(RESPONSE.ID)).and(ANSWER.VALUE_NUMBER.isNotNull())).as("x");
        Field<String> values = answers.field("v", String.class);
        Field<String> keys = answers.field("k", String.class);
        List<ResponseRow> rows = new ArrayList<>();
        db.select(RESPONSE.PARTICIPANT_ID, PARTICIPANT.TEAM_ID, RESPONSE.WAVE_ID, values, DSL.nullif(keys, DSL.val(keyOrder)))
                .from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .crossJoin(answers)
                .where(RESPONSE.WAVE_ID.in(beforeWave, afterWave))
                .and(RESPONSE.STATUS.eq(SUBMITTED))
                .and(PARTICIPANT.PROGRAMME_ID.eq(programmeId))
                .forEach(r -> rows.add(new ResponseRow(r.value1(), r.value2(), r.value3() == afterWave, r.value4(), r.value5())));
        return rows;
    }

    /** Per team: the programme's participants (everyone who has started answering or was imported). */
    Map<Long, Integer> participantCounts(long programmeId) {
        Map<Long, Integer> counts = new HashMap<>();
        db.select(PARTICIPANT.TEAM_ID, DSL.count()).from(PARTICIPANT).where(PARTICIPANT.PROGRAMME_ID.eq(programmeId))
                .groupBy(PARTICIPANT.TEAM_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /**
     * Staff who can be asked to answer, per team: enabled accounts with the staff role who are
     * members but not managers of the team (the rule of the survey responses page).
     */
    Map<Long, Integer> staffCounts(Collection<Long> teamIds) {
        Map<Long, Integer> result = new HashMap<>();
        db.select(TEAM_MEMBER.TEAM_ID, DSL.count())
                .from(TEAM_MEMBER)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(TEAM_MEMBER.ACCOUNT_ID))
                .join(ACCOUNT_ROLE).on(ACCOUNT_ROLE.ACCOUNT_ID.eq(ACCOUNT.ID)).and(ACCOUNT_ROLE.ROLE.eq("staff"))
                .where(TEAM_MEMBER.TEAM_ID.in(teamIds)).and(TEAM_MEMBER.MANAGER.isFalse()).and(ACCOUNT.ENABLED.isTrue())
                .groupBy(TEAM_MEMBER.TEAM_ID)
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    /** How often each option of each knowledge question was chosen, per team and wave. */
    record OptionCount(long teamId, boolean after, String itemKey, String option, int count) {
    }

    List<OptionCount> optionCounts(long programmeId, long beforeWave, long afterWave, Collection<String> itemKeys) {
        return db.select(PARTICIPANT.TEAM_ID, RESPONSE.WAVE_ID, ANSWER.ITEM_KEY, ANSWER.VALUE_TEXT, DSL.count())
                .from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(ANSWER).on(ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
                .where(RESPONSE.WAVE_ID.in(beforeWave, afterWave)).and(RESPONSE.STATUS.eq(SUBMITTED))
                .and(PARTICIPANT.PROGRAMME_ID.eq(programmeId))
                .and(ANSWER.ITEM_KEY.in(itemKeys)).and(ANSWER.VALUE_TEXT.isNotNull())
                .groupBy(PARTICIPANT.TEAM_ID, RESPONSE.WAVE_ID, ANSWER.ITEM_KEY, ANSWER.VALUE_TEXT)
                .fetch(r -> new OptionCount(r.value1(), r.value2() == afterWave, r.value3(), r.value4(), r.value5()));
    }

    /** A free-text answer with its team and wave only: no participant, response or account. */
    record Written(long teamId, boolean after, String itemKey, String text) {
    }

    List<Written> writtenAnswers(long programmeId, long beforeWave, long afterWave, Collection<String> itemKeys) {
        return db.select(PARTICIPANT.TEAM_ID, RESPONSE.WAVE_ID, ANSWER.ITEM_KEY, ANSWER.VALUE_TEXT)
                .from(RESPONSE)
                .join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(ANSWER).on(ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
                .where(RESPONSE.WAVE_ID.in(beforeWave, afterWave)).and(RESPONSE.STATUS.eq(SUBMITTED))
                .and(PARTICIPANT.PROGRAMME_ID.eq(programmeId))
                .and(ANSWER.ITEM_KEY.in(itemKeys)).and(DSL.trim(ANSWER.VALUE_TEXT).ne(""))
                .fetch(r -> new Written(r.value1(), r.value2() == afterWave, r.value3(), r.value4()));
    }

    /**
     * Accounts that completed at least one training module before {@code cutoff}. Which participants
     * they are is worked out inside surveys, with the pseudonym key ({@code SurveyService.trainingGroups}).
     */
    java.util.Set<Long> accountsTrainedBefore(OffsetDateTime cutoff) {
        return new java.util.HashSet<>(db.selectDistinct(MODULE_COMPLETION.ACCOUNT_ID).from(MODULE_COMPLETION)
                .where(MODULE_COMPLETION.COMPLETED_AT.lt(cutoff)).fetch(MODULE_COMPLETION.ACCOUNT_ID));
    }
}
