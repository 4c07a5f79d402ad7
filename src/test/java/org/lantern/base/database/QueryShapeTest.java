package org.lantern.base.database;

import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.ANSWER;
import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.PROGRAMME_TEAM;
import static org.lantern.db.Tables.RESPONSE;
import static org.lantern.db.Tables.WAVE;

class QueryShapeTest {

    private final DSLContext db = DSL.using(SQLDialect.POSTGRES);
    private static final Param<String> PROGRAMME_KEY = DSL.param("programmeKey", PROGRAMME.KEY);
    private static final Param<String> WAVE_KEY = DSL.param("waveKey", WAVE.KEY);
    private static final Param<Object> TEAM_IDS = DSL.param("teamIds", SQLDataType.OTHER);

    @Test
    void runsTheSqlRenderedOnceWithEachCallsValuesInPlaceOfItsInputsAndKeepsTheQuerysOwnConstants() {
        // inputs in an order of the caller's choosing, not the SQL's
        QueryShape<?> shape = QueryShape.of(db, query(PROGRAMME_KEY, WAVE_KEY, TEAM_IDS), PROGRAMME_KEY, WAVE_KEY, TEAM_IDS);

        Long[] teams = {3L, 4L};
        var bound = shape.fetch(db, "staff-survey", "spring", teams);

        // what jOOQ would have rendered and bound for the same query built with these values
        var same = query(DSL.val("staff-survey", PROGRAMME.KEY), DSL.val("spring", WAVE.KEY), DSL.val(teams, SQLDataType.OTHER));
        assertThat(bound.getSQL()).isEqualTo(db.render(same));
        assertThat(db.extractBindValues(bound)).containsExactly(teams, "spring", "staff-survey", 1L);
        assertThat(bound.fields()).containsExactly(same.fields());
    }

    private org.jooq.ResultQuery<?> query(org.jooq.Field<String> programmeKey, org.jooq.Field<String> waveKey, org.jooq.Field<Object> teamIds) {
        return db.select(PROGRAMME.ID, WAVE.ID, DSL.field(DSL.exists(DSL.selectOne().from(PROGRAMME_TEAM)
                        .where(PROGRAMME_TEAM.PROGRAMME_ID.eq(PROGRAMME.ID)).and(DSL.condition("{0} = any({1})", PROGRAMME_TEAM.TEAM_ID, teamIds)))))
                .from(PROGRAMME).leftJoin(WAVE).on(WAVE.PROGRAMME_ID.eq(PROGRAMME.ID)).and(WAVE.KEY.eq(waveKey))
                .where(PROGRAMME.KEY.eq(programmeKey)).limit(1);
    }

    @Test
    void bindsEachValueWithItsInputsTypeIncludingNulls() {
        var responseId = DSL.param("responseId", ANSWER.RESPONSE_ID);
        var number = DSL.param("number", ANSWER.VALUE_NUMBER);
        QueryShape<?> shape = QueryShape.ofStatement(db, db.update(ANSWER).set(ANSWER.VALUE_NUMBER, number)
                .where(ANSWER.RESPONSE_ID.eq(responseId)), responseId, number);

        var bound = db.extractParams(db.query(shape.sql()));
        assertThat(bound).isEmpty();
        assertThat(shape.sql()).isEqualTo("update \"answer\" set \"value_number\" = ? where \"answer\".\"response_id\" = ?");
        assertThat(shape.toString()).contains("number", "responseId");
    }

    @Test
    void refusesAnInputUsedTwiceOrMissingAndTheWrongNumberOfValues() {
        var today = DSL.param("today", RESPONSE.UPDATED_AT);
        var responseId = DSL.param("responseId", RESPONSE.ID);
        var twice = db.update(RESPONSE).set(RESPONSE.UPDATED_AT, today).where(RESPONSE.ID.eq(responseId)).and(RESPONSE.UPDATED_AT.ne(today));
        assertThatThrownBy(() -> QueryShape.ofStatement(db, twice, responseId, today))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("once");

        var array = DSL.param("teamIds", SQLDataType.BIGINT.array());
        assertThatThrownBy(() -> QueryShape.of(db, db.selectOne().where(DSL.inline(1L).eq(DSL.any(array))), array))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than a bind marker");

        var once = db.update(RESPONSE).set(RESPONSE.UPDATED_AT, today).where(RESPONSE.ID.eq(responseId));
        assertThatThrownBy(() -> QueryShape.ofStatement(db, once, responseId, today, DSL.param("other", LocalDate.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");

        QueryShape<?> shape = QueryShape.ofStatement(db, once, responseId, today);
        assertThatThrownBy(() -> shape.execute(db, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Expected 2 values, got 1");
    }
}
