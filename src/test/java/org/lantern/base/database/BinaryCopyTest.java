package org.lantern.base.database;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL's binary copy read field by field: numbers, arrays with and without nulls, empty and null arrays, text
 * in several scripts, rows that cross the reader's buffer, and the connection usable again after a copy read only in part.
 */
@LanternTest
class BinaryCopyTest {

    @Autowired
    DataSource dataSource;

    record Row(long id, int[] values, String text) {
    }

    @Test
    void readsEveryKindOfFieldItIsAskedFor() throws SQLException {
        List<Row> rows = read("""
                COPY (SELECT * FROM (VALUES
                    (1::bigint, ARRAY[1, 5, -3]::integer[], 'plain'),
                    (-9000000000::bigint, ARRAY[2, NULL, 4]::integer[], 'Łukasz, Nguyễn, Siobhán, 東京'),
                    (3::bigint, '{}'::integer[], NULL),
                    (4::bigint, NULL::integer[], '')) AS t ORDER BY 1 DESC) TO STDOUT (FORMAT binary)""");

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).id()).isEqualTo(4);
        assertThat(rows.get(0).values()).isNull();
        assertThat(rows.get(0).text()).isEmpty();
        assertThat(rows.get(1).id()).isEqualTo(3);
        assertThat(rows.get(1).values()).isEmpty();
        assertThat(rows.get(1).text()).isNull();
        assertThat(rows.get(2).values()).containsExactly(1, 5, -3);
        assertThat(rows.get(2).text()).isEqualTo("plain");
        assertThat(rows.get(3).id()).isEqualTo(-9000000000L);
        assertThat(rows.get(3).values()).containsExactly(2, Integer.MIN_VALUE, 4);
        assertThat(rows.get(3).text()).isEqualTo("Łukasz, Nguyễn, Siobhán, 東京");
    }

    @Test
    void rowsLargerThanTheBufferAndManyRowsAreReadWhole() throws SQLException {
        List<Row> rows = read("""
                COPY (SELECT g::bigint, ARRAY(SELECT g + i FROM generate_series(1, CASE WHEN g = 7 THEN 40000 ELSE 3 END) i),
                             repeat('x', CASE WHEN g = 8 THEN 100000 ELSE 1 END)
                      FROM generate_series(1, 20000) g ORDER BY g) TO STDOUT (FORMAT binary)""");

        assertThat(rows).hasSize(20000);
        assertThat(rows.get(6).values()).hasSize(40000).startsWith(8, 9).endsWith(40007);
        assertThat(rows.get(7).text()).hasSize(100000);
        assertThat(rows.get(19999).id()).isEqualTo(20000);
        assertThat(rows.get(19999).values()).containsExactly(20001, 20002, 20003);
    }

    @Test
    void aFieldOfTheWrongTypeIsAClearErrorAndTheConnectionCanBeUsedAfterAPartialRead() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (BinaryCopy copy = new BinaryCopy(connection.unwrap(PGConnection.class),
                    "COPY (SELECT 1::integer FROM generate_series(1, 5000)) TO STDOUT (FORMAT binary)")) {
                assertThat(copy.next()).isTrue();
                assertThatThrownBy(copy::int8).isInstanceOf(IllegalStateException.class).hasMessageContaining("4 bytes");
            }
            try (Statement statement = connection.createStatement(); var result = statement.executeQuery("SELECT 42")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void nullableNumbersAndTruthValuesAreReadAsGiven() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             BinaryCopy copy = new BinaryCopy(connection.unwrap(PGConnection.class), """
                     COPY (SELECT * FROM (VALUES (1::bigint, 7000000000::bigint, true), (2::bigint, NULL::bigint, false),
                                                 (3::bigint, -1::bigint, true)) AS t ORDER BY 1) TO STDOUT (FORMAT binary)""")) {
            while (copy.next()) {
                rows.add(copy.int8() + " " + copy.nullableInt8() + " " + copy.bool());
            }
        }
        assertThat(rows).containsExactly("1 7000000000 true", "2 null false", "3 -1 true");
    }

    @Test
    void aNullWhereATruthValueIsExpectedIsAClearError() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             BinaryCopy copy = new BinaryCopy(connection.unwrap(PGConnection.class),
                     "COPY (SELECT NULL::boolean) TO STDOUT (FORMAT binary)")) {
            assertThat(copy.next()).isTrue();
            assertThatThrownBy(copy::bool).isInstanceOf(IllegalStateException.class).hasMessageContaining("A null");
        }
    }

    private List<Row> read(String copySql) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             BinaryCopy copy = new BinaryCopy(connection.unwrap(PGConnection.class), copySql)) {
            while (copy.next()) {
                rows.add(new Row(copy.int8(), copy.int4Array(), copy.text()));
            }
        }
        return rows;
    }
}
