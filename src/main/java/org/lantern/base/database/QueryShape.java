package org.lantern.base.database;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.List;

/**
 * A jOOQ query whose SQL is rendered once, when a repository is built, and then run with new values:
 * for the few statements every request runs (the session check, an autosave), where rendering the same
 * query tree again each time cost jOOQ more CPU than running the statement. The query is written with
 * jOOQ as usual, with {@link DSL#param(String, Class)} inputs where the values go; each call binds values
 * to those inputs (typed by the input's data type, never concatenated) and runs the stored SQL through the
 * same {@link DSLContext}, so transactions, listeners and exception translation are as for any query.
 *
 * @param <R> the record a query returns ({@link Record} for a statement without results)
 */
public final class QueryShape<R extends Record> {

    private final String sql;
    private final Field<?>[] fields;
    /** Every bind marker of the SQL, in order: the query's own parameter (a constant, or an input's type). */
    private final Param<?>[] markers;
    /** For each marker, which input it takes its value from, or -1 for a constant of the query. */
    private final int[] inputOf;
    private final int inputs;

    private QueryShape(DSLContext db, Query query, Field<?>[] fields, Param<?>... inputs) {
        this.sql = db.render(query);
        this.fields = fields;
        this.inputs = inputs.length;
        // the query's parameters in the order of its bind markers (inline ones are part of the SQL text)
        List<Param<?>> found = db.extractParams(query).values().stream().filter(p -> !p.isInline()).toList();
        if (found.size() != db.extractBindValues(query).size()) {
            throw new IllegalArgumentException("Each input must appear once in the query (give a second use its own name): " + sql);
        }
        this.markers = found.toArray(Param<?>[]::new);
        this.inputOf = new int[markers.length];
        boolean[] used = new boolean[inputs.length];
        for (int marker = 0; marker < markers.length; marker++) {
            inputOf[marker] = indexOf(inputs, markers[marker].getParamName());
            if (inputOf[marker] >= 0) {
                used[inputOf[marker]] = true;
            }
        }
        for (int input = 0; input < inputs.length; input++) {
            if (!used[input]) {
                throw new IllegalArgumentException("Input " + inputs[input].getParamName() + " is not in the query: " + sql);
            }
        }
        // a value jOOQ writes with a cast of its own (an array, for one) would be cast twice: refuse it here, at start-up
        String again = db.resultQuery(sql, (Object[]) markers).getSQL();
        if (!again.equals(sql)) {
            throw new IllegalArgumentException("A value of this query renders with more than a bind marker (" + again
                    + "); give that input a type jOOQ binds as it is: " + sql);
        }
    }

    /** A query that returns records, with its inputs in the order {@link #fetch} takes their values. */
    public static <R extends Record> QueryShape<R> of(DSLContext db, ResultQuery<R> query, Param<?>... inputs) {
        return new QueryShape<>(db, query, query.fields(), inputs);
    }

    /** A statement (insert, update, delete), with its inputs in the order {@link #execute} takes their values. */
    public static QueryShape<Record> ofStatement(DSLContext db, Query query, Param<?>... inputs) {
        return new QueryShape<>(db, query, new Field<?>[0], inputs);
    }

    /** The query with these values, one per input in the order given when the shape was made, ready to fetch. */
    @SuppressWarnings("unchecked") // the fields are the original query's, so its records have R's shape
    public ResultQuery<R> fetch(DSLContext db, @Nullable Object... values) {
        return (ResultQuery<R>) db.resultQuery(sql, bound(values)).coerce(fields);
    }

    /** Runs the statement with these values, one per input in the order given when the shape was made; rows changed. */
    public int execute(DSLContext db, @Nullable Object... values) {
        return db.query(sql, bound(values)).execute();
    }

    /** The SQL as rendered once (for tests). */
    String sql() {
        return sql;
    }

    private Object[] bound(@Nullable Object[] values) {
        if (values.length != inputs) {
            throw new IllegalArgumentException("Expected " + inputs + " values, got " + values.length + " for: " + sql);
        }
        Object[] bound = new Object[markers.length];
        for (int marker = 0; marker < markers.length; marker++) {
            bound[marker] = inputOf[marker] < 0 ? markers[marker] : DSL.val(values[inputOf[marker]], markers[marker].getDataType());
        }
        return bound;
    }

    private static int indexOf(Param<?>[] inputs, @Nullable String name) {
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].getParamName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "QueryShape[" + sql + ", " + Arrays.stream(markers).map(Param::getParamName).toList() + "]";
    }
}
